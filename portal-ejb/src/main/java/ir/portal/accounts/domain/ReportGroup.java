package ir.portal.accounts.domain;

/**
 * The two places the managerial reports compare (seeds/003, criterion 10): the headquarters, and the operational
 * units that serve people in the districts.
 */
public enum ReportGroup {
    HEADQUARTERS,
    OPERATIONAL
}
