package ir.portal.committee.domain;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.errors.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A unit's proposal for a new e-service, with the draft card that the catalog keeps as PROPOSED until the
 * committee's decision and IT's provisioning publish it. Each change of state is a {@link ProposalStep}, which the
 * caller persists.
 */
@Entity
@Table(name = "committee_proposal")
public class Proposal extends BaseEntity {

    /** The message of a step the proposal's state does not allow (a rejected proposal published, say). */
    public static final String NOT_NOW = "committee.proposal.not-now";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "card_id", nullable = false)
    private ServiceCard card;

    @Embedded
    private ProposalDetails details = new ProposalDetails();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProposalStatus status;

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Proposal() {}

    public Proposal(OrgUnit unit, ServiceCard card, ProposalDetails details, String proposedBy, Instant now) {
        this.unit = unit;
        this.card = card;
        this.details = details.copy();
        this.status = ProposalStatus.DRAFT;
        this.proposedBy = proposedBy;
        this.createdAt = now;
    }

    /** The first step: the draft was written. */
    public ProposalStep drafted(String by, String unitCode) {
        return new ProposalStep(this, createdAt, by, unitCode, null, ProposalStatus.DRAFT, null, null);
    }

    public void revise(ProposalDetails changed) {
        if (!status.isEditable()) {
            throw InvalidInput.of("status", NOT_NOW);
        }
        details = changed.copy();
    }

    /**
     * Moves the proposal to {@code to} if it stands in one of {@code from}; otherwise nothing changes and the caller
     * is told that the step is not possible now.
     */
    public ProposalStep move(
            ProposalStatus to,
            Set<ProposalStatus> from,
            String by,
            String unitCode,
            Instant at,
            String note,
            Long meetingId) {
        if (!from.contains(status)) {
            throw InvalidInput.of("status", NOT_NOW);
        }
        ProposalStep step = new ProposalStep(this, at, by, unitCode, status, to, note, meetingId);
        status = to;
        switch (to) {
            case SUBMITTED -> submittedAt = at;
            case APPROVED, REJECTED -> decidedAt = at;
            case PUBLISHED -> publishedAt = at;
            default -> {}
        }
        return step;
    }

    /** The states a step may start from. */
    public static Set<ProposalStatus> from(ProposalStatus... statuses) {
        return EnumSet.copyOf(Arrays.asList(statuses));
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public ServiceCard getCard() {
        return card;
    }

    public ProposalDetails details() {
        return details.copy();
    }

    public String getTitle() {
        return details.getTitle();
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
