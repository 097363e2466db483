package ir.portal.committee.domain;

import ir.portal.platform.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a proposal's state: when, by whom and from which unit, from what to what, with what note. */
@Entity
@Table(name = "committee_proposal_step")
public class ProposalStep extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id", nullable = false)
    private Proposal proposal;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "unit_code", length = 40)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ProposalStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ProposalStatus to;

    @Column(name = "note", length = 4000)
    private String note;

    /** The meeting that made the change, for the steps a meeting made. */
    @Column(name = "meeting_id")
    private Long meetingId;

    protected ProposalStep() {}

    ProposalStep(
            Proposal proposal,
            Instant at,
            String actor,
            String unitCode,
            ProposalStatus from,
            ProposalStatus to,
            String note,
            Long meetingId) {
        this.proposal = proposal;
        this.at = at;
        this.actor = actor;
        this.unitCode = unitCode;
        this.from = from;
        this.to = to;
        this.note = note;
        this.meetingId = meetingId;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public ProposalStatus getFrom() {
        return from;
    }

    public ProposalStatus getTo() {
        return to;
    }

    public String getNote() {
        return note;
    }

    public Long getMeetingId() {
        return meetingId;
    }
}
