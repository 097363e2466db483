package ir.portal.catalog.domain;

import java.util.Objects;

import ir.portal.catalog.domain.Vocabulary.InquiryKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One row of form 2 of the license identity card: an inquiry to another agency that the license needs, with its
 * documents, validity, cost, time and whether it is electronic.
 */
@Embeddable
public class LicenseInquiry {

    @Column(name = "agency", nullable = false, length = 200)
    private String agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private InquiryKind kind;

    /** The inquiry's name (for a named inquiry) or what it is (for another kind). */
    @Column(name = "subject", length = 400)
    private String subject;

    @Column(name = "documents", length = 2000)
    private String documents;

    @Column(name = "validity", length = 200)
    private String validity;

    @Column(name = "cost_rials")
    private Long costRials;

    @Column(name = "duration", length = 100)
    private String duration;

    @Column(name = "electronic", nullable = false)
    private boolean electronic;

    @Column(name = "notes", length = 2000)
    private String notes;

    public LicenseInquiry() {
        this.kind = InquiryKind.NAMED_INQUIRY;
    }

    public LicenseInquiry(String agency, InquiryKind kind, String subject, String documents, String validity,
            Long costRials, String duration, boolean electronic, String notes) {
        this.agency = agency;
        this.kind = kind;
        this.subject = subject;
        this.documents = documents;
        this.validity = validity;
        this.costRials = costRials;
        this.duration = duration;
        this.electronic = electronic;
        this.notes = notes;
    }

    public LicenseInquiry copy() {
        return new LicenseInquiry(agency, kind, subject, documents, validity, costRials, duration, electronic, notes);
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public InquiryKind getKind() {
        return kind;
    }

    public void setKind(InquiryKind kind) {
        this.kind = kind;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDocuments() {
        return documents;
    }

    public void setDocuments(String documents) {
        this.documents = documents;
    }

    public String getValidity() {
        return validity;
    }

    public void setValidity(String validity) {
        this.validity = validity;
    }

    public Long getCostRials() {
        return costRials;
    }

    public void setCostRials(Long costRials) {
        this.costRials = costRials;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public boolean isElectronic() {
        return electronic;
    }

    public void setElectronic(boolean electronic) {
        this.electronic = electronic;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LicenseInquiry i && Objects.equals(agency, i.agency) && kind == i.kind
                && Objects.equals(subject, i.subject) && Objects.equals(documents, i.documents)
                && Objects.equals(validity, i.validity) && Objects.equals(costRials, i.costRials)
                && Objects.equals(duration, i.duration) && electronic == i.electronic && Objects.equals(notes, i.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, kind, subject, documents, validity, costRials, duration, electronic, notes);
    }
}
