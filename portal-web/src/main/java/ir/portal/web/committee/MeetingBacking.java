package ir.portal.web.committee;

import ir.portal.committee.application.CommitteeQueries;
import ir.portal.committee.application.MeetingView;
import ir.portal.committee.application.Meetings;
import ir.portal.committee.domain.MeetingStatus;
import ir.portal.committee.domain.ProposalRow;
import ir.portal.committee.domain.VoteChoice;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.security.Right;
import ir.portal.web.Ids;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /committee/meeting.xhtml}: a meeting's agenda with each item's votes; for the secretary, the agenda from
 * the proposals that wait for one, the attendance, opening, closing each item and the meeting; for a present
 * member, their vote on each open item, once; the minutes once it is closed.
 */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Meetings meetings;

    @Inject
    private CommitteeQueries queries;

    @Inject
    @Named("may")
    private Map<String, Boolean> may;

    private String id;
    private MeetingView meeting;
    private Map<String, String> members;
    private List<ProposalRow> awaiting;
    private List<String> present = new ArrayList<>();
    private Long proposalToAdd;
    private final Map<Long, String> comments = new HashMap<>();
    private final Map<Long, String> conditions = new HashMap<>();

    public void load() throws IOException {
        Optional<Long> parsed = Ids.parse(id);
        if (parsed.isEmpty()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "meeting");
            return;
        }
        meeting = queries.meeting(parsed.get());
        members = queries.members();
        present = new ArrayList<>(meeting.present());
        awaiting = isSecretary() && meeting.status() == MeetingStatus.SCHEDULED ? queries.awaitingAgenda() : List.of();
    }

    public String addToAgenda() {
        ProposalRow chosen = awaiting.stream()
                .filter(p -> p.id() == (proposalToAdd == null ? -1 : proposalToAdd))
                .findFirst()
                .orElseThrow(() -> InvalidInput.of("proposal", "platform.required"));
        meetings.putOnAgenda(meeting.id(), chosen.id(), chosen.version());
        return done("committee.agendaAdded");
    }

    public String recordAttendance() {
        meetings.recordAttendance(meeting.id(), meeting.version(), present);
        return done("committee.attendanceSaved");
    }

    public String open() {
        meetings.open(meeting.id(), meeting.version());
        return done("committee.opened");
    }

    public String vote(MeetingView.Item item, String choice) {
        meetings.vote(item.id(), VoteChoice.valueOf(choice), comments.get(item.id()));
        return done("committee.voted");
    }

    public String closeItem(MeetingView.Item item) {
        var decision = meetings.closeItem(item.id(), item.version(), conditions.get(item.id()));
        Messages.addFlashGlobalInfo(Texts.text("committee.itemClosed"), Texts.text("Decision." + decision));
        return "/committee/meeting.xhtml?faces-redirect=true&id=" + meeting.id();
    }

    public String close() {
        meetings.close(meeting.id(), meeting.version());
        return done("committee.closed");
    }

    private String done(String key) {
        Messages.addFlashGlobalInfo(Texts.text(key));
        return "/committee/meeting.xhtml?faces-redirect=true&id=" + meeting.id();
    }

    public boolean isSecretary() {
        return may.get(Right.COMMITTEE_SECRETARY.name());
    }

    /** Whether the caller may vote on the item now: a member present at the open meeting, not having voted. */
    public boolean mayVote(MeetingView.Item item) {
        String me = Faces.getRemoteUser();
        return may.get(Right.COMMITTEE_VOTE.name())
                && meeting.status() == MeetingStatus.OPEN
                && !item.closed()
                && meeting.present().contains(me)
                && item.votes().stream().noneMatch(v -> v.member().equals(me));
    }

    /** A member's name as people read it. */
    public String name(String member) {
        return members.getOrDefault(member, member);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public Map<String, String> getMembers() {
        return members;
    }

    public List<ProposalRow> getAwaiting() {
        return awaiting;
    }

    public List<String> getPresent() {
        return present;
    }

    public void setPresent(List<String> present) {
        this.present = present;
    }

    public Long getProposalToAdd() {
        return proposalToAdd;
    }

    public void setProposalToAdd(Long proposalToAdd) {
        this.proposalToAdd = proposalToAdd;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public Map<Long, String> getConditions() {
        return conditions;
    }
}
