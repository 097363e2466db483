package ir.portal.committee.domain;

import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.errors.InvalidInput;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A proposal on a meeting's agenda, with the votes of the members present and, once closed, the decision. */
@Entity
@Table(name = "committee_agenda_item")
public class AgendaItem extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id", nullable = false)
    private Proposal proposal;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 20)
    private Decision decision;

    /** What the approval depends on, as the secretary wrote it at closing. */
    @Column(name = "conditions", length = 4000)
    private String conditions;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("castAt")
    private List<Vote> votes = new ArrayList<>();

    protected AgendaItem() {}

    AgendaItem(Meeting meeting, Proposal proposal, int position) {
        this.meeting = meeting;
        this.proposal = proposal;
        this.position = position;
    }

    /**
     * A present member's vote while the meeting is open and the item is not closed; a member votes once. (The
     * table's unique key on item and member holds the same when two votes of one member arrive at once.)
     */
    public Vote vote(String member, VoteChoice choice, String comment, Instant now) {
        meeting.requireStatus(MeetingStatus.OPEN);
        if (isClosed()) {
            throw InvalidInput.of("vote", "committee.vote.closed");
        }
        if (!meeting.isPresent(member)) {
            throw InvalidInput.of("vote", "committee.vote.not-present");
        }
        if (votes.stream().anyMatch(v -> v.getMember().equals(member))) {
            throw InvalidInput.of("vote", "committee.vote.twice");
        }
        Vote vote = new Vote(this, member, choice, comment, now);
        votes.add(vote);
        return vote;
    }

    /**
     * Closes the item with the decision the frozen rule gives: only with a quorum present, and only once every
     * present member has voted or abstained.
     */
    public Decision close(String by, String conditions, Instant now) {
        meeting.requireStatus(MeetingStatus.OPEN);
        if (isClosed()) {
            throw InvalidInput.of("status", Meeting.NOT_NOW);
        }
        DecisionRule rule = meeting.getRule();
        if (!rule.hasQuorum(meeting.present().size())) {
            throw InvalidInput.of("present", "committee.no-quorum");
        }
        if (!meeting.present().stream()
                .allMatch(m -> votes.stream().anyMatch(v -> v.getMember().equals(m)))) {
            throw InvalidInput.of("vote", "committee.votes-missing");
        }
        decision = rule.decide(count(VoteChoice.APPROVE), count(VoteChoice.REJECT));
        this.conditions = conditions == null || conditions.isBlank() ? null : conditions.strip();
        closedAt = now;
        closedBy = by;
        return decision;
    }

    public long count(VoteChoice choice) {
        return votes.stream().filter(v -> v.getChoice() == choice).count();
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public int getPosition() {
        return position;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getConditions() {
        return conditions;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public List<Vote> votes() {
        return List.copyOf(votes);
    }
}
