package ir.portal.catalog.domain;

import ir.portal.catalog.domain.Vocabulary.InquiryKind;
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
 * One row of form 2 of the license identity card: an inquiry to another agency that the license needs, with its
 * documents, validity, cost, time and whether it is electronic.
 */
@Embeddable
public class LicenseInquiry {

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "agency_fa", length = 200)),
        @AttributeOverride(name = "en", column = @Column(name = "agency_en", length = 200))
    })
    private LocalizedText agency = new LocalizedText();

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private InquiryKind kind;

    /** The inquiry's name (for a named inquiry) or what it is (for another kind). */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "subject_fa", length = 400)),
        @AttributeOverride(name = "en", column = @Column(name = "subject_en", length = 400))
    })
    private LocalizedText subject = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "documents_fa", length = 2000)),
        @AttributeOverride(name = "en", column = @Column(name = "documents_en", length = 2000))
    })
    private LocalizedText documents = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "validity_fa", length = 200)),
        @AttributeOverride(name = "en", column = @Column(name = "validity_en", length = 200))
    })
    private LocalizedText validity = new LocalizedText();

    @Column(name = "cost_rials")
    private Long costRials;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "duration_fa", length = 100)),
        @AttributeOverride(name = "en", column = @Column(name = "duration_en", length = 100))
    })
    private LocalizedText duration = new LocalizedText();

    @Column(name = "electronic", nullable = false)
    private boolean electronic;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "notes_fa", length = 2000)),
        @AttributeOverride(name = "en", column = @Column(name = "notes_en", length = 2000))
    })
    private LocalizedText notes = new LocalizedText();

    public LicenseInquiry() {
        this.kind = InquiryKind.NAMED_INQUIRY;
    }

    public LicenseInquiry(
            LocalizedText agency,
            InquiryKind kind,
            LocalizedText subject,
            LocalizedText documents,
            LocalizedText validity,
            Long costRials,
            LocalizedText duration,
            boolean electronic,
            LocalizedText notes) {
        this.agency = LocalizedText.copyOf(agency);
        this.kind = kind;
        this.subject = LocalizedText.copyOf(subject);
        this.documents = LocalizedText.copyOf(documents);
        this.validity = LocalizedText.copyOf(validity);
        this.costRials = costRials;
        this.duration = LocalizedText.copyOf(duration);
        this.electronic = electronic;
        this.notes = LocalizedText.copyOf(notes);
    }

    public LicenseInquiry copy() {
        return new LicenseInquiry(agency, kind, subject, documents, validity, costRials, duration, electronic, notes);
    }

    public LocalizedText getAgency() {
        return agency;
    }

    public void setAgency(LocalizedText agency) {
        this.agency = LocalizedText.copyOf(agency);
    }

    public InquiryKind getKind() {
        return kind;
    }

    public void setKind(InquiryKind kind) {
        this.kind = kind;
    }

    public LocalizedText getSubject() {
        return subject;
    }

    public void setSubject(LocalizedText subject) {
        this.subject = LocalizedText.copyOf(subject);
    }

    public LocalizedText getDocuments() {
        return documents;
    }

    public void setDocuments(LocalizedText documents) {
        this.documents = LocalizedText.copyOf(documents);
    }

    public LocalizedText getValidity() {
        return validity;
    }

    public void setValidity(LocalizedText validity) {
        this.validity = LocalizedText.copyOf(validity);
    }

    public Long getCostRials() {
        return costRials;
    }

    public void setCostRials(Long costRials) {
        this.costRials = costRials;
    }

    public LocalizedText getDuration() {
        return duration;
    }

    public void setDuration(LocalizedText duration) {
        this.duration = LocalizedText.copyOf(duration);
    }

    public boolean isElectronic() {
        return electronic;
    }

    public void setElectronic(boolean electronic) {
        this.electronic = electronic;
    }

    public LocalizedText getNotes() {
        return notes;
    }

    public void setNotes(LocalizedText notes) {
        this.notes = LocalizedText.copyOf(notes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LicenseInquiry i
                && Objects.equals(agency, i.agency)
                && kind == i.kind
                && Objects.equals(subject, i.subject)
                && Objects.equals(documents, i.documents)
                && Objects.equals(validity, i.validity)
                && Objects.equals(costRials, i.costRials)
                && Objects.equals(duration, i.duration)
                && electronic == i.electronic
                && Objects.equals(notes, i.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, kind, subject, documents, validity, costRials, duration, electronic, notes);
    }

    @Override
    public String toString() {
        return agency + " | " + kind + " | " + subject + " | " + documents + " | " + validity + " | " + costRials
                + " | " + duration + " | " + (electronic ? "electronic" : "not electronic") + " | " + notes;
    }
}
