package ir.portal.catalog.domain;

import ir.portal.catalog.domain.Vocabulary.Applicant;
import ir.portal.catalog.domain.Vocabulary.LicenseOperation;
import ir.portal.catalog.domain.Vocabulary.LicenseProcess;
import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the license identity card (form 1): issuing, renewing, modifying or cancelling the license, with its
 * legal basis, documents, validity, cost, applicants, process, supervising bodies, time and whether it is
 * electronic.
 */
@Embeddable
public class LicenseStep {

    @Enumerated(EnumType.STRING)
    @Column(name = "operation", nullable = false, length = 20)
    private LicenseOperation operation;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "legal_basis_fa", length = 4000)),
        @AttributeOverride(name = "en", column = @Column(name = "legal_basis_en", length = 4000))
    })
    private LocalizedText legalBasis = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "documents_fa", length = 4000)),
        @AttributeOverride(name = "en", column = @Column(name = "documents_en", length = 4000))
    })
    private LocalizedText documents = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "validity_fa", length = 400)),
        @AttributeOverride(name = "en", column = @Column(name = "validity_en", length = 400))
    })
    private LocalizedText validity = new LocalizedText();

    @Column(name = "cost_rials")
    private Long costRials;

    @Column(name = "applicants", length = 100)
    private String applicants = "|";

    @Enumerated(EnumType.STRING)
    @Column(name = "process", length = 20)
    private LicenseProcess process;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "supervising_bodies_fa", length = 1000)),
        @AttributeOverride(name = "en", column = @Column(name = "supervising_bodies_en", length = 1000))
    })
    private LocalizedText supervisingBodies = new LocalizedText();

    /** Approximate time, as the form asks it: days or hours, in words. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "approximate_time_fa", length = 100)),
        @AttributeOverride(name = "en", column = @Column(name = "approximate_time_en", length = 100))
    })
    private LocalizedText approximateTime = new LocalizedText();

    @Column(name = "electronic", nullable = false)
    private boolean electronic;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "notes_fa", length = 2000)),
        @AttributeOverride(name = "en", column = @Column(name = "notes_en", length = 2000))
    })
    private LocalizedText notes = new LocalizedText();

    public LicenseStep() {}

    public LicenseStep(
            LicenseOperation operation,
            LocalizedText legalBasis,
            LocalizedText documents,
            LocalizedText validity,
            Long costRials,
            Set<Applicant> applicants,
            LicenseProcess process,
            LocalizedText supervisingBodies,
            LocalizedText approximateTime,
            boolean electronic,
            LocalizedText notes) {
        this.operation = operation;
        this.legalBasis = LocalizedText.copyOf(legalBasis);
        this.documents = LocalizedText.copyOf(documents);
        this.validity = LocalizedText.copyOf(validity);
        this.costRials = costRials;
        this.applicants = EnumSets.format(applicants);
        this.process = process;
        this.supervisingBodies = LocalizedText.copyOf(supervisingBodies);
        this.approximateTime = LocalizedText.copyOf(approximateTime);
        this.electronic = electronic;
        this.notes = LocalizedText.copyOf(notes);
    }

    /** An empty row for the operation, for the console's form. */
    public static LicenseStep empty(LicenseOperation operation) {
        return new LicenseStep(
                operation,
                new LocalizedText(),
                new LocalizedText(),
                new LocalizedText(),
                null,
                Set.of(),
                null,
                new LocalizedText(),
                new LocalizedText(),
                false,
                new LocalizedText());
    }

    public LicenseStep copy() {
        return new LicenseStep(
                operation,
                legalBasis,
                documents,
                validity,
                costRials,
                getApplicants(),
                process,
                supervisingBodies,
                approximateTime,
                electronic,
                notes);
    }

    public LicenseOperation getOperation() {
        return operation;
    }

    public LocalizedText getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(LocalizedText legalBasis) {
        this.legalBasis = LocalizedText.copyOf(legalBasis);
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

    public Set<Applicant> getApplicants() {
        return EnumSets.parse(applicants, Applicant.class);
    }

    public void setApplicants(Set<Applicant> applicants) {
        this.applicants = EnumSets.format(applicants);
    }

    public LicenseProcess getProcess() {
        return process;
    }

    public void setProcess(LicenseProcess process) {
        this.process = process;
    }

    public LocalizedText getSupervisingBodies() {
        return supervisingBodies;
    }

    public void setSupervisingBodies(LocalizedText supervisingBodies) {
        this.supervisingBodies = LocalizedText.copyOf(supervisingBodies);
    }

    public LocalizedText getApproximateTime() {
        return approximateTime;
    }

    public void setApproximateTime(LocalizedText approximateTime) {
        this.approximateTime = LocalizedText.copyOf(approximateTime);
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
        return o instanceof LicenseStep s
                && operation == s.operation
                && legalBasis.equals(s.legalBasis)
                && documents.equals(s.documents)
                && validity.equals(s.validity)
                && Objects.equals(costRials, s.costRials)
                && applicants.equals(s.applicants)
                && process == s.process
                && Objects.equals(supervisingBodies, s.supervisingBodies)
                && Objects.equals(approximateTime, s.approximateTime)
                && electronic == s.electronic
                && Objects.equals(notes, s.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, legalBasis, documents, validity, costRials, applicants, process);
    }

    @Override
    public String toString() {
        return operation + ": " + legalBasis + " | " + documents + " | " + validity + " | " + costRials + " | "
                + getApplicants() + " | " + process + " | " + supervisingBodies + " | " + approximateTime + " | "
                + (electronic ? "electronic" : "not electronic") + " | " + notes;
    }
}
