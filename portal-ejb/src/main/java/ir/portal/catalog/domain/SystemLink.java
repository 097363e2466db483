package ir.portal.catalog.domain;

import ir.portal.catalog.domain.Vocabulary.InquiryBy;
import ir.portal.catalog.domain.Vocabulary.LinkMode;
import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A link of the service to another system: of the same agency (section 7 of the form, {@code agency} empty) or of
 * another agency (section 8: civil registry, national address, company registry, land registry), with the fields
 * exchanged and how. Texts in Persian and English.
 */
@Embeddable
public class SystemLink {

    /** The other agency; empty for a system of the agency itself. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "agency_fa", length = 200)),
        @AttributeOverride(name = "en", column = @Column(name = "agency_en", length = 200))
    })
    private LocalizedText agency = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "system_name_fa", length = 200)),
        @AttributeOverride(name = "en", column = @Column(name = "system_name_en", length = 200))
    })
    private LocalizedText systemName = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "exchanged_fields_fa", length = 1000)),
        @AttributeOverride(name = "en", column = @Column(name = "exchanged_fields_en", length = 1000))
    })
    private LocalizedText exchangedFields = new LocalizedText();

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

    public SystemLink() {}

    public SystemLink(
            LocalizedText agency,
            LocalizedText systemName,
            LocalizedText exchangedFields,
            LinkMode mode,
            InquiryBy inquiryBy,
            Long costRials) {
        this.agency = LocalizedText.copyOf(agency);
        this.systemName = LocalizedText.copyOf(systemName);
        this.exchangedFields = LocalizedText.copyOf(exchangedFields);
        this.mode = mode;
        this.inquiryBy = inquiryBy;
        this.costRials = costRials;
    }

    public SystemLink copy() {
        return new SystemLink(agency, systemName, exchangedFields, mode, inquiryBy, costRials);
    }

    public boolean isOtherAgency() {
        return agency != null && !agency.isEmpty();
    }

    public LocalizedText getAgency() {
        return agency;
    }

    public void setAgency(LocalizedText agency) {
        this.agency = LocalizedText.copyOf(agency);
    }

    public LocalizedText getSystemName() {
        return systemName;
    }

    public void setSystemName(LocalizedText systemName) {
        this.systemName = LocalizedText.copyOf(systemName);
    }

    public LocalizedText getExchangedFields() {
        return exchangedFields;
    }

    public void setExchangedFields(LocalizedText exchangedFields) {
        this.exchangedFields = LocalizedText.copyOf(exchangedFields);
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
        return o instanceof SystemLink l
                && Objects.equals(agency, l.agency)
                && Objects.equals(systemName, l.systemName)
                && Objects.equals(exchangedFields, l.exchangedFields)
                && mode == l.mode
                && inquiryBy == l.inquiryBy
                && Objects.equals(costRials, l.costRials);
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
