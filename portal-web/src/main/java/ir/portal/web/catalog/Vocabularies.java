package ir.portal.web.catalog;

import ir.portal.catalog.domain.Vocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The closed lists of the service identity card, for the forms' choices ({@code #{vocabularies.types}}). */
@Named
@ApplicationScoped
public class Vocabularies {

    public Vocabulary.ServiceType[] getTypes() {
        return Vocabulary.ServiceType.values();
    }

    public Vocabulary.Audience[] getAudiences() {
        return Vocabulary.Audience.values();
    }

    public Vocabulary.ServiceNature[] getNatures() {
        return Vocabulary.ServiceNature.values();
    }

    public Vocabulary.ServiceLevel[] getLevels() {
        return Vocabulary.ServiceLevel.values();
    }

    public Vocabulary.LifeEvent[] getEvents() {
        return Vocabulary.LifeEvent.values();
    }

    public Vocabulary.StartTrigger[] getTriggers() {
        return Vocabulary.StartTrigger.values();
    }

    public Vocabulary.Period[] getPeriods() {
        return Vocabulary.Period.values();
    }

    public Vocabulary.Channel[] getChannels() {
        return Vocabulary.Channel.values();
    }

    public Vocabulary.InPersonReason[] getReasons() {
        return Vocabulary.InPersonReason.values();
    }

    public Vocabulary.VisitLevel[] getVisitLevels() {
        return Vocabulary.VisitLevel.values();
    }

    public Vocabulary.LinkMode[] getModes() {
        return Vocabulary.LinkMode.values();
    }

    public Vocabulary.LicenseProcess[] getLicenseProcesses() {
        return Vocabulary.LicenseProcess.values();
    }

    public Vocabulary.Applicant[] getApplicants() {
        return Vocabulary.Applicant.values();
    }

    public Vocabulary.InquiryKind[] getInquiryKinds() {
        return Vocabulary.InquiryKind.values();
    }

    public Vocabulary.InquiryBy[] getInquirers() {
        return Vocabulary.InquiryBy.values();
    }
}
