package ir.portal.catalog.domain;

/**
 * The closed lists of the service identity card form, each shown through the bundle key
 * {@code EnumName.CONSTANT}.
 */
public final class Vocabulary {

    private Vocabulary() {}

    /** To whom the service is given. */
    public enum ServiceType {
        G2C,
        G2B,
        G2G,
        G2E
    }

    /** Who the service is for. */
    public enum Audience {
        GENERAL_PUBLIC,
        HOUSEHOLD_SUBSCRIBERS,
        BUSINESSES,
        INDUSTRY,
        AGRICULTURE,
        GOVERNMENT_AGENCIES,
        CONTRACTORS,
        STAFF
    }

    /** Sovereign (serves everyone, for the state's authority) or enterprise (everything else). */
    public enum ServiceNature {
        SOVEREIGN,
        ENTERPRISE
    }

    public enum ServiceLevel {
        NATIONAL,
        REGIONAL,
        PROVINCIAL,
        URBAN,
        RURAL
    }

    /** The life events of citizens and organisations the form names. */
    public enum LifeEvent {
        BIRTH,
        EDUCATION,
        HEALTH,
        TAX,
        BUSINESS,
        SOCIAL_SECURITY,
        PROPERTY_REGISTRATION,
        URBAN_UTILITIES,
        INSURANCE,
        MARRIAGE,
        RETIREMENT,
        CERTIFICATES,
        DEATH,
        OTHER
    }

    /** How the service starts. */
    public enum StartTrigger {
        APPLICANT_REQUEST,
        SPECIFIC_TIME,
        SPECIFIC_EVENT,
        AGENCY_DECISION,
        OTHER
    }

    /** A period for counts: recipients per period, frequency per period. */
    public enum Period {
        DAY,
        MONTH,
        SEASON,
        YEAR,
        ONCE
    }

    /** The four stages of delivering a service, each electronic or not. */
    public enum Stage {
        INFORMATION,
        REQUEST,
        PRODUCTION,
        DELIVERY
    }

    public enum Channel {
        WEBSITE,
        MOBILE_APP,
        EMAIL,
        POST,
        PHONE_CENTER,
        SMS,
        COUNTER_OFFICES,
        OTHER
    }

    /** Why a person must still come in person. */
    public enum InPersonReason {
        IDENTITY_CHECK,
        DOCUMENT_CHECK,
        NO_INFRASTRUCTURE,
        OTHER
    }

    /** Where the person must come. */
    public enum VisitLevel {
        NATIONAL,
        PROVINCIAL,
        COUNTY
    }

    /** How data is exchanged with another system. */
    public enum LinkMode {
        ONLINE,
        BATCH,
        NOT_ELECTRONIC
    }

    /** Who makes a non-electronic inquiry: the agency or the applicant. */
    public enum InquiryBy {
        AGENCY,
        APPLICANT
    }

    public enum CardStatus {
        DRAFT,
        /** The draft card of a committee proposal: only the committee's decision publishes it. */
        PROPOSED,
        PUBLISHED,
        WITHDRAWN
    }

    /** What a row of the license identity card is about. */
    public enum LicenseOperation {
        ISSUE,
        RENEW,
        MODIFY,
        CANCEL
    }

    /** Who may apply for a license. */
    public enum Applicant {
        NATURAL,
        LEGAL,
        GOVERNMENT
    }

    /** Whether the agency issues the license alone or in a process shared with other agencies (then form 2). */
    public enum LicenseProcess {
        EXCLUSIVE,
        SHARED
    }

    /** The kind of an inquiry to another agency: a named inquiry, or something else described in the notes. */
    public enum InquiryKind {
        NAMED_INQUIRY,
        OTHER
    }
}
