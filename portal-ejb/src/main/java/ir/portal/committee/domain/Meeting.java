package ir.portal.committee.domain;

import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.errors.InvalidInput;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A meeting of the committee: scheduled by the secretary with its agenda, the members present recorded, opened
 * (which freezes the {@link DecisionRule}), its items voted and closed one by one, then closed itself.
 */
@Entity
@Table(name = "committee_meeting")
public class Meeting extends BaseEntity {

    /** The message of a step the meeting's state does not allow. */
    public static final String NOT_NOW = "committee.meeting.not-now";

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "place", length = 300)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MeetingStatus status;

    @Column(name = "scheduled_by", nullable = false, length = 100)
    private String scheduledBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Embedded
    private DecisionRule rule;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "member", nullable = false, length = 100)
    private Set<String> present = new HashSet<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<AgendaItem> items = new ArrayList<>();

    protected Meeting() {}

    public Meeting(int number, Instant startsAt, String place, String scheduledBy) {
        this.number = number;
        this.startsAt = startsAt;
        this.place = place;
        this.scheduledBy = scheduledBy;
        this.status = MeetingStatus.SCHEDULED;
    }

    /** Puts a proposal on the agenda, after the items already there; only before the meeting opens. */
    public AgendaItem addItem(Proposal proposal) {
        requireStatus(MeetingStatus.SCHEDULED);
        AgendaItem item = new AgendaItem(this, proposal, items.size() + 1);
        items.add(item);
        return item;
    }

    /** Records who is present; a member who has voted stays present. */
    public void recordAttendance(Collection<String> members) {
        if (status == MeetingStatus.CLOSED) {
            throw InvalidInput.of("status", NOT_NOW);
        }
        Set<String> voted = new HashSet<>();
        items.forEach(item -> item.votes().forEach(vote -> voted.add(vote.getMember())));
        if (!members.containsAll(voted)) {
            throw InvalidInput.of("present", "committee.attendance.voted");
        }
        present.clear();
        present.addAll(members);
    }

    /** Opens the meeting for votes under the rule as it stands now. */
    public void open(DecisionRule frozen, Instant now) {
        requireStatus(MeetingStatus.SCHEDULED);
        if (items.isEmpty()) {
            throw InvalidInput.of("items", "committee.meeting.no-items");
        }
        rule = frozen;
        openedAt = now;
        status = MeetingStatus.OPEN;
    }

    /** Closes the meeting; the items it did not decide are returned by the caller to wait for a later agenda. */
    public List<AgendaItem> close(Instant now) {
        requireStatus(MeetingStatus.OPEN);
        closedAt = now;
        status = MeetingStatus.CLOSED;
        return items.stream().filter(item -> !item.isClosed()).toList();
    }

    void requireStatus(MeetingStatus expected) {
        if (status != expected) {
            throw InvalidInput.of("status", NOT_NOW);
        }
    }

    public boolean isPresent(String member) {
        return present.contains(member);
    }

    public int getNumber() {
        return number;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The rule frozen when the meeting opened; none before. */
    public DecisionRule getRule() {
        return rule;
    }

    public Set<String> present() {
        return Set.copyOf(present);
    }

    public List<AgendaItem> items() {
        return List.copyOf(items);
    }
}
