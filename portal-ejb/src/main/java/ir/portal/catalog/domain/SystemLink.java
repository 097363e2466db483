package ir.portal.catalog.domain;

import java.util.Objects;

import ir.portal.catalog.domain.Vocabulary.InquiryBy;
import ir.portal.catalog.domain.Vocabulary.LinkMode;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A link of the service to another system: of the same agency (section 7 of the form, {@code agency} empty) or of
 * another agency (section 8: civil registry, national address, company registry, land registry), with the fields
 * exchanged and how.
 */
@Embeddable
public class SystemLink {

    /** The other agency; empty for a system of the agency itself. */
    @Column(name = "agency", length = 200)
    private String agency;

    @Column(name = "system_name", length = 200)
    private String systemName;

    @Column(name = "exchanged_fields", length = 1000)
    private String exchangedFields;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 20)
    private LinkMode mode = LinkMode.ONLINE;

    /** For an inquiry that is not electronic: who makes it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "inquiry_by", length = 20)
    private InquiryBy inquiryBy;

    /** What the inquiry costs, in rials, if anything. */
    @Column(name = "cost_rials")
    private Long costRials;

    public SystemLink() {
    }

    public SystemLink(String agency, String systemName, String exchangedFields, LinkMode mode, InquiryBy inquiryBy,
            Long costRials) {
        this.agency = agency;
        this.systemName = systemName;
        this.exchangedFields = exchangedFields;
        this.mode = mode;
        this.inquiryBy = inquiryBy;
        this.costRials = costRials;
    }

    public SystemLink copy() {
        return new SystemLink(agency, systemName, exchangedFields, mode, inquiryBy, costRials);
    }

    public boolean isOtherAgency() {
        return agency != null && !agency.isBlank();
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getSystemName() {
        return systemName;
    }

    public void setSystemName(String systemName) {
        this.systemName = systemName;
    }

    public String getExchangedFields() {
        return exchangedFields;
    }

    public void setExchangedFields(String exchangedFields) {
        this.exchangedFields = exchangedFields;
    }

    public LinkMode getMode() {
        return mode;
    }

    public void setMode(LinkMode mode) {
        this.mode = mode;
    }

    public InquiryBy getInquiryBy() {
        return inquiryBy;
    }

    public void setInquiryBy(InquiryBy inquiryBy) {
        this.inquiryBy = inquiryBy;
    }

    public Long getCostRials() {
        return costRials;
    }

    public void setCostRials(Long costRials) {
        this.costRials = costRials;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SystemLink l && Objects.equals(agency, l.agency)
                && Objects.equals(systemName, l.systemName) && Objects.equals(exchangedFields, l.exchangedFields)
                && mode == l.mode && inquiryBy == l.inquiryBy && Objects.equals(costRials, l.costRials);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, systemName, exchangedFields, mode, inquiryBy, costRials);
    }

    @Override
    public String toString() {
        return (isOtherAgency() ? agency + " / " : "") + systemName + " [" + exchangedFields + "] " + mode
                + (inquiryBy == null ? "" : " by " + inquiryBy) + (costRials == null ? "" : " " + costRials);
    }
}
