package ir.portal.committee.application;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.committee.domain.AgendaItem;
import ir.portal.committee.domain.CommitteeRepository;
import ir.portal.committee.domain.Meeting;
import ir.portal.committee.domain.MeetingMinutes;
import ir.portal.committee.domain.MeetingRow;
import ir.portal.committee.domain.Proposal;
import ir.portal.committee.domain.ProposalFile;
import ir.portal.committee.domain.ProposalRow;
import ir.portal.committee.domain.ProposalStatus;
import ir.portal.committee.domain.ProposalTimes;
import ir.portal.committee.domain.ProvisioningTask;
import ir.portal.desk.application.DeskCalendar;
import ir.portal.desk.domain.WorkingCalendar;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.files.StoredFile;
import ir.portal.platform.paging.Page;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import ir.portal.platform.time.PortalClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the committee's area reads: a proposal with its history (for its own unit, the secretary, the members and
 * IT), a meeting with its items and votes, the minutes, IT's task, and where a service came from.
 */
@Stateless
@Requires(Right.COMMITTEE_AREA)
public class CommitteeQueries {

    @Inject
    CommitteeRepository committee;

    @Inject
    CurrentActor actors;

    @Inject
    CommitteeRules rules;

    @Inject
    DeskCalendar deskCalendar;

    @Inject
    PortalClock clock;

    public ProposalView proposal(long id) {
        Actor actor = actors.get();
        Proposal p = visible(committee.get(id), actor);
        return new ProposalView(
                p.getId(),
                p.getVersion(),
                p.getUnit().getCode(),
                p.getUnit().getNameFa(),
                p.getUnit().getNameEn(),
                p.getStatus(),
                p.details(),
                p.getCard().getId(),
                p.getProposedBy(),
                p.getCreatedAt(),
                committee.steps(id).stream()
                        .map(s -> new ProposalView.Step(
                                s.getAt(),
                                s.getActor(),
                                s.getUnitCode(),
                                s.getFrom(),
                                s.getTo(),
                                s.getNote(),
                                s.getMeetingId()))
                        .toList(),
                p.getUnit().equals(actor.unit()));
    }

    /** A proposal's files, oldest first, for whoever may read the proposal. */
    public List<ProposalFileView> files(long proposalId) {
        visible(committee.get(proposalId), actors.get());
        return committee.files(proposalId).stream()
                .map(f -> new ProposalFileView(
                        f.getId(),
                        f.getFileName(),
                        f.getMediaType(),
                        f.getSizeBytes(),
                        f.getUploadedBy(),
                        f.getUploadedAt()))
                .toList();
    }

    /** One file of a proposal with its bytes, for whoever may read the proposal. */
    public StoredFile file(long fileId) {
        ProposalFile file = committee.file(fileId);
        visible(committee.get(file.getProposalId()), actors.get());
        return new StoredFile(file.getFileName(), file.getMediaType(), committee.content(fileId));
    }

    /** Proposals, newest first: every unit's for the committee's side, the caller's unit's for a unit. */
    public Page<ProposalRow> proposals(Set<ProposalStatus> statuses, int first, int size) {
        Actor actor = actors.get();
        OrgUnit scope = committeeSide(actor) ? null : actor.unit();
        if (scope == null && !committeeSide(actor)) {
            return Page.of(List.of(), 0, PageRequest.of(first, size));
        }
        PageRequest page = PageRequest.of(first, size);
        return Page.of(
                committee.proposals(scope, statuses, page.first(), page.size()),
                committee.countProposals(scope, statuses),
                page);
    }

    /**
     * The committee's figures for the proposals made from {@code from} to {@code to} (Tehran dates, both included):
     * every unit's for the committee's side, the caller's unit's for a unit. Working days are the desk's calendar.
     */
    public CommitteeDashboard dashboard(LocalDate from, LocalDate to) {
        Actor actor = actors.get();
        OrgUnit scope = committeeSide(actor) ? null : actor.unit();
        if (scope == null && !committeeSide(actor)) {
            throw new Refused(actor + " belongs to no unit and reads no committee figures");
        }
        if (from.isAfter(to)) {
            throw InvalidInput.of("to", "committee.dashboard.period");
        }
        ZoneId zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        WorkingCalendar calendar = deskCalendar.calendar();
        List<Integer> toDecision = new ArrayList<>();
        List<Integer> toPublication = new ArrayList<>();
        for (ProposalTimes t : committee.decidedTimes(scope, start, end)) {
            LocalDate submitted = LocalDate.ofInstant(t.firstSubmittedAt(), zone);
            toDecision.add(calendar.workingDaysBetween(submitted, LocalDate.ofInstant(t.decidedAt(), zone)));
            if (t.publishedAt() != null) {
                toPublication.add(calendar.workingDaysBetween(submitted, LocalDate.ofInstant(t.publishedAt(), zone)));
            }
        }
        return new CommitteeDashboard(
                from,
                to,
                committee.countByStatus(scope, start, end),
                committee.countByUnit(scope, start, end),
                committee.countByServiceType(scope, start, end),
                CommitteeDashboard.Timing.of(toDecision),
                CommitteeDashboard.Timing.of(toPublication));
    }

    /** The proposals the secretary may put on an agenda: screened, or deferred by an earlier meeting. */
    public List<ProposalRow> awaitingAgenda() {
        return committee.proposals(null, EnumSet.of(ProposalStatus.SCREENED, ProposalStatus.DEFERRED), 0, 100);
    }

    public Page<MeetingRow> meetings(int first, int size) {
        PageRequest page = PageRequest.of(first, size);
        return Page.of(committee.meetings(page.first(), page.size()), committee.countMeetings(), page);
    }

    /** The committee's members by user name, with their names as people read them. */
    public Map<String, String> members() {
        return rules.names();
    }

    /** IT's tasks, open ones first. */
    public List<TaskView> tasks() {
        return committee.tasks(100).stream().map(CommitteeQueries::task).toList();
    }

    public MeetingView meeting(long id) {
        Meeting m = committee.meeting(id);
        var rule = Optional.ofNullable(m.getRule());
        return new MeetingView(
                m.getId(),
                m.getVersion(),
                m.getNumber(),
                m.getStartsAt(),
                m.getPlace(),
                m.getStatus(),
                m.present(),
                rule.map(r -> r.getQuorum()).orElse(null),
                rule.map(r -> r.getMembers()).orElse(null),
                rule.map(r -> r.getTie()).orElse(null),
                committee.minutes(id).isPresent(),
                m.items().stream().map(CommitteeQueries::item).toList());
    }

    /** The minutes PDF of a closed meeting. */
    public Optional<byte[]> minutes(long meetingId) {
        return committee.minutes(meetingId).map(MeetingMinutes::content);
    }

    public Optional<TaskView> taskOf(long proposalId) {
        return committee.taskOf(proposalId).map(CommitteeQueries::task);
    }

    /** The proposal and the meeting a published service came from, if the committee made it. */
    public Optional<ServiceOrigin> originOf(long cardId) {
        return committee
                .proposalOfCard(cardId)
                .flatMap(p -> committee
                        .decidingItem(p.getId())
                        .map(item -> new ServiceOrigin(
                                p.getId(),
                                p.getTitle(),
                                p.getUnit().getCode(),
                                item.getMeeting().getId(),
                                item.getMeeting().getNumber(),
                                item.getMeeting().getStartsAt(),
                                item.getPosition(),
                                p.getPublishedAt())));
    }

    private static MeetingView.Item item(AgendaItem i) {
        return new MeetingView.Item(
                i.getId(),
                i.getVersion(),
                i.getPosition(),
                i.getProposal().getId(),
                i.getProposal().getTitle(),
                i.getProposal().getUnit().getCode(),
                i.getDecision(),
                i.getConditions(),
                i.isClosed(),
                i.votes().stream()
                        .map(v -> new MeetingView.Ballot(v.getMember(), v.getChoice(), v.getComment(), v.getCastAt()))
                        .toList());
    }

    private static TaskView task(ProvisioningTask t) {
        return new TaskView(
                t.getId(),
                t.getVersion(),
                t.getProposal().getId(),
                t.getProposal().getTitle(),
                t.getProposal().getCard().getId(),
                t.checklist(),
                t.getOpenedAt(),
                t.getClosedAt(),
                t.getClosedBy());
    }

    private static boolean committeeSide(Actor actor) {
        return actor.may(Right.COMMITTEE_SECRETARY)
                || actor.may(Right.COMMITTEE_VOTE)
                || actor.may(Right.SERVICES_PROVISION);
    }

    /** A unit's editors and managers read their own unit's proposals; the secretary, members and IT read all. */
    private static Proposal visible(Proposal proposal, Actor actor) {
        if (!committeeSide(actor) && !proposal.getUnit().equals(actor.unit())) {
            throw new Refused(actor + " may not read proposal " + proposal.getId());
        }
        return proposal;
    }
}
