package ir.portal.committee.application;

import static ir.portal.committee.domain.Proposal.from;
import static ir.portal.committee.domain.ProposalStatus.DEFERRED;
import static ir.portal.committee.domain.ProposalStatus.ON_AGENDA;
import static ir.portal.committee.domain.ProposalStatus.SCREENED;

import ir.portal.committee.domain.AgendaItem;
import ir.portal.committee.domain.CommitteeRepository;
import ir.portal.committee.domain.Decision;
import ir.portal.committee.domain.Meeting;
import ir.portal.committee.domain.MeetingChanged;
import ir.portal.committee.domain.MeetingChanged.Change;
import ir.portal.committee.domain.MeetingMinutes;
import ir.portal.committee.domain.Proposal;
import ir.portal.committee.domain.ProvisioningChanged;
import ir.portal.committee.domain.ProvisioningTask;
import ir.portal.committee.domain.Vote;
import ir.portal.committee.domain.VoteCast;
import ir.portal.committee.domain.VoteChoice;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * A meeting from its scheduling to its minutes. The secretary schedules it, sets its agenda from the screened (or
 * deferred) proposals, records who is present and opens it; each present member votes once on each item; the
 * secretary closes each item, which decides it by the rule frozen at the opening, and closes the meeting, which
 * returns the undecided items to wait for a later agenda and keeps the minutes.
 */
@Stateless
public class Meetings {

    private static final Logger LOG = Logger.getLogger(Meetings.class.getName());

    @Inject
    CommitteeRepository committee;

    @Inject
    CommitteeRules rules;

    @Inject
    ProposalSteps steps;

    @Inject
    MinutesPdf minutesPdf;

    @Inject
    CurrentActor actors;

    @Inject
    Clock clock;

    @Inject
    Event<MeetingChanged> changed;

    @Inject
    Event<VoteCast> voted;

    @Inject
    Event<ProvisioningChanged> provisioning;

    @Requires(Right.COMMITTEE_SECRETARY)
    public long schedule(Instant startsAt, String place) {
        new Problems().addIf(startsAt == null, "startsAt", Problems.REQUIRED).throwIfAny();
        Actor actor = actors.get();
        Meeting meeting = new Meeting(
                committee.lastMeetingNumber() + 1, startsAt, ProposalCheck.optional(place), actor.username());
        committee.add(meeting);
        changed.fire(new MeetingChanged(
                meeting, Change.SCHEDULED, List.of(new FieldChange("startsAt", null, startsAt.toString())), actor));
        LOG.info(() -> actor + " scheduled meeting " + meeting.getNumber());
        return meeting.getId();
    }

    /** Puts a screened or deferred proposal on a meeting that has not opened yet. */
    @Requires(Right.COMMITTEE_SECRETARY)
    public void putOnAgenda(long meetingId, long proposalId, long proposalVersion) {
        Actor actor = actors.get();
        Meeting meeting = committee.meeting(meetingId);
        Proposal proposal = committee.findForChange(proposalId, proposalVersion);
        AgendaItem item = meeting.addItem(proposal);
        committee.add(item);
        steps.move(proposal, ON_AGENDA, from(SCREENED, DEFERRED), null, meetingId, actor);
        changed.fire(new MeetingChanged(
                meeting,
                Change.AGENDA,
                List.of(new FieldChange("item." + item.getPosition(), null, "Proposal:" + proposalId)),
                actor));
    }

    /** Records which of the committee's members are present. */
    @Requires(Right.COMMITTEE_SECRETARY)
    public void recordAttendance(long meetingId, long version, Collection<String> present) {
        Actor actor = actors.get();
        Set<String> members = rules.members();
        Set<String> chosen = new TreeSet<>(present);
        if (!members.containsAll(chosen)) {
            throw InvalidInput.of("present", "committee.attendance.not-member");
        }
        Meeting meeting = committee.meetingForChange(meetingId, version);
        String before = String.join(", ", new TreeSet<>(meeting.present()));
        meeting.recordAttendance(chosen);
        committee.flush();
        changed.fire(new MeetingChanged(
                meeting,
                Change.ATTENDANCE,
                List.of(new FieldChange("present", before.isEmpty() ? null : before, String.join(", ", chosen))),
                actor));
    }

    /** Opens the meeting for votes, freezing the decision rule as the settings say it now. */
    @Requires(Right.COMMITTEE_SECRETARY)
    public void open(long meetingId, long version) {
        Actor actor = actors.get();
        Meeting meeting = committee.meetingForChange(meetingId, version);
        var rule = rules.current();
        meeting.open(rule, clock.instant());
        committee.flush();
        changed.fire(new MeetingChanged(
                meeting,
                Change.OPENED,
                List.of(
                        new FieldChange("rule.members", null, String.valueOf(rule.getMembers())),
                        new FieldChange("rule.quorum", null, String.valueOf(rule.getQuorum())),
                        new FieldChange("rule.tie", null, rule.getTie().name())),
                actor));
    }

    /** The caller's vote on an item of an open meeting they attend: once, and not after the item is closed. */
    @Requires(Right.COMMITTEE_VOTE)
    public void vote(long itemId, VoteChoice choice, String comment) {
        new Problems().addIf(choice == null, "choice", Problems.REQUIRED).throwIfAny();
        Actor actor = actors.get();
        AgendaItem item = committee.item(itemId);
        Vote vote = item.vote(actor.username(), choice, comment, clock.instant());
        committee.add(vote);
        try {
            committee.flush();
        } catch (PersistenceException e) {
            throw InvalidInput.of("vote", "committee.vote.twice");
        }
        voted.fire(new VoteCast(vote, actor));
    }

    /**
     * Closes an item once every present member has voted, with the decision the meeting's rule gives; an approved
     * proposal becomes IT's task, which the proposal waits for as APPROVED until IT starts on it.
     */
    @Requires(Right.COMMITTEE_SECRETARY)
    public Decision closeItem(long itemId, long version, String conditions) {
        Actor actor = actors.get();
        AgendaItem item = committee.itemForChange(itemId, version);
        Decision decision = item.close(actor.username(), conditions, clock.instant());
        Proposal proposal = item.getProposal();
        Long meetingId = item.getMeeting().getId();
        steps.move(proposal, decision.status(), from(ON_AGENDA), item.getConditions(), meetingId, actor);
        changed.fire(new MeetingChanged(
                item.getMeeting(),
                Change.ITEM_CLOSED,
                List.of(new FieldChange("item." + item.getPosition(), null, decision.name())),
                actor));
        if (decision == Decision.APPROVED) {
            ProvisioningTask task = new ProvisioningTask(proposal, clock.instant());
            committee.add(task);
            provisioning.fire(new ProvisioningChanged(task, ProvisioningChanged.Change.OPENED, List.of(), actor));
        }
        LOG.info(() -> actor + " closed item " + item.getPosition() + " of meeting "
                + item.getMeeting().getNumber() + ": " + decision);
        return decision;
    }

    /**
     * Closes the meeting: an item it did not decide (no quorum, or not closed) returns its proposal to wait for a
     * later agenda, and the minutes are written and kept with the meeting.
     */
    @Requires(Right.COMMITTEE_SECRETARY)
    public void close(long meetingId, long version) {
        Actor actor = actors.get();
        Meeting meeting = committee.meetingForChange(meetingId, version);
        for (AgendaItem undecided : meeting.close(clock.instant())) {
            steps.move(undecided.getProposal(), SCREENED, from(ON_AGENDA), null, meetingId, actor);
        }
        committee.flush();
        committee.add(new MeetingMinutes(meetingId, minutesPdf.write(meeting, rules.names()), clock.instant()));
        changed.fire(new MeetingChanged(meeting, Change.CLOSED, List.of(), actor));
        LOG.info(() -> actor + " closed meeting " + meeting.getNumber());
    }
}
