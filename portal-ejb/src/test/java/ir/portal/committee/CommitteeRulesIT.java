package ir.portal.committee;

import static ir.portal.Thrown.causedBy;
import static ir.portal.Thrown.problem;
import static ir.portal.Thrown.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsExpert;
import ir.portal.catalog.AsManager;
import ir.portal.catalog.application.CatalogService;
import ir.portal.committee.application.CommitteeQueries;
import ir.portal.committee.application.MeetingView;
import ir.portal.committee.application.Meetings;
import ir.portal.committee.application.ProposalView;
import ir.portal.committee.application.Proposals;
import ir.portal.committee.application.Provisioning;
import ir.portal.committee.domain.Decision;
import ir.portal.committee.domain.MeetingStatus;
import ir.portal.committee.domain.ProposalStatus;
import ir.portal.committee.domain.ProvisioningTask.Checklist;
import ir.portal.committee.domain.VoteChoice;
import ir.portal.notify.AsOperator;
import ir.portal.platform.errors.ConcurrentEdit;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The committee's rules: a member votes once, only while present and the item is open; no quorum, no decision; a
 * tie decides what the settings said when the meeting opened; only the secretary screens, schedules and closes,
 * only IT closes provisioning; a rejected proposal is never published; of two people changing one proposal, the
 * second is told.
 */
@ExtendWith(ArquillianExtension.class)
class CommitteeRulesIT {

    private static final List<String> FOUR = List.of("committee", "committee2", "committee3", "committee4");

    @Inject
    CommitteeFixtures fixtures;

    @Inject
    Proposals proposals;

    @Inject
    Meetings meetings;

    @Inject
    Provisioning provisioning;

    @Inject
    CatalogService catalog;

    @Inject
    CommitteeQueries queries;

    @Inject
    AsEditor asEditor;

    @Inject
    AsManager asManager;

    @Inject
    AsExpert asExpert;

    @Inject
    AsOperator asOperator;

    @Inject
    Members members;

    @Test
    void aMemberVotesOnceOnlyWhilePresentAndWhileTheItemIsOpen() throws Exception {
        long meeting = fixtures.openMeeting(List.of(fixtures.screened()), FOUR);
        long item = fixtures.item(meeting).id();

        assertEquals(
                "committee.vote.not-present",
                problem(() -> fixtures.vote("committee5", item, VoteChoice.APPROVE, null)));
        fixtures.vote("committee", item, VoteChoice.APPROVE, "ضروری است");
        assertEquals("committee.vote.twice", problem(() -> fixtures.vote("committee", item, VoteChoice.REJECT, null)));
        fixtures.vote("committee2", item, VoteChoice.APPROVE, null);
        fixtures.vote("committee3", item, VoteChoice.REJECT, "هزینه‌ی زیرساخت");
        assertEquals("committee.votes-missing", problem(() -> closeItem(meeting)), "committee4 has not voted");
        fixtures.vote("committee4", item, VoteChoice.ABSTAIN, null);

        assertEquals(Decision.APPROVED, closeItem(meeting));
        assertEquals(
                "committee.vote.closed", problem(() -> fixtures.vote("committee2", item, VoteChoice.REJECT, null)));
        MeetingView.Item closed = fixtures.item(meeting);
        assertEquals(4, closed.votes().size(), "one vote per present member");
        assertEquals(
                List.of(VoteChoice.APPROVE, VoteChoice.APPROVE, VoteChoice.REJECT, VoteChoice.ABSTAIN),
                closed.votes().stream().map(MeetingView.Ballot::choice).toList());
        assertEquals(
                ProposalStatus.APPROVED, fixtures.proposal(closed.proposalId()).status(), "approved, waiting for IT");
    }

    @Test
    void withoutAQuorumNothingIsDecidedAndTheProposalWaitsForAnotherMeeting() throws Exception {
        long proposal = fixtures.screened();
        long meeting = fixtures.openMeeting(List.of(proposal), List.of("committee", "committee2", "committee3"));
        MeetingView view = fixtures.meeting(meeting);
        assertEquals((view.members() * 2 + 2) / 3, view.quorum(), "the quorum is ceil(2n/3) of the n members");
        assertTrue(view.quorum() > 3, "three of five are no quorum");
        long item = view.items().get(0).id();
        for (String member : List.of("committee", "committee2", "committee3")) {
            fixtures.vote(member, item, VoteChoice.APPROVE, null);
        }

        assertEquals("committee.no-quorum", problem(() -> closeItem(meeting)));
        asExpert.call(() -> {
            meetings.close(meeting, fixtures.meeting(meeting).version());
            return null;
        });

        assertEquals(MeetingStatus.CLOSED, fixtures.meeting(meeting).status());
        assertEquals(null, fixtures.item(meeting).decision());
        ProposalView after = fixtures.proposal(proposal);
        assertEquals(ProposalStatus.SCREENED, after.status(), "undecided, it waits for a later agenda");
        assertTrue(asExpert.call(() -> queries.minutes(meeting)).isPresent(), "the minutes are kept");
    }

    @Test
    void aTieDecidesWhatTheSettingsSaidWhenTheMeetingOpened() throws Exception {
        long deferred = fixtures.screened();
        long first = fixtures.openMeeting(List.of(deferred), FOUR);
        tie(first);
        assertEquals(Decision.DEFERRED, closeItem(first), "the default rule defers a tie");
        assertEquals(ProposalStatus.DEFERRED, fixtures.proposal(deferred).status());

        long later = fixtures.scheduled(List.of(deferred, fixtures.screened()), FOUR);
        assertEquals(2, fixtures.meeting(later).items().size(), "a deferred proposal goes on a later agenda");
        System.setProperty("portal.committee.tie", "REJECTED");
        try {
            asExpert.call(() -> {
                meetings.open(later, fixtures.meeting(later).version());
                return null;
            });
        } finally {
            System.clearProperty("portal.committee.tie");
        }
        assertEquals(Decision.REJECTED, fixtures.meeting(later).tie(), "the rule is frozen at the opening");
        tie(later);
        assertEquals(Decision.REJECTED, closeItem(later), "the setting changed back, the meeting kept its rule");
        assertEquals(ProposalStatus.REJECTED, fixtures.proposal(deferred).status());
        assertEquals(
                List.of(Decision.DEFERRED, Decision.REJECTED),
                List.of(fixtures.item(first).decision(), fixtures.item(later).decision()),
                "the deferred proposal keeps the history of its first meeting");
    }

    @Test
    void onlyTheSecretaryScreensSchedulesAndCloses() throws Exception {
        long drafted = fixtures.drafted();
        asEditor.call(() -> {
            proposals.submit(drafted, fixtures.proposal(drafted).version(), null);
            return null;
        });
        long version = fixtures.proposal(drafted).version();
        refused(() -> asManager.call(() -> {
            proposals.screen(drafted, version, null);
            return null;
        }));
        refused(() -> members.call("committee", () -> meetings.schedule(Instant.now(), null)));
        refused(() -> asEditor.call(() -> meetings.schedule(Instant.now(), null)));

        long meeting = fixtures.openMeeting(List.of(fixtures.screened()), FOUR);
        for (String member : FOUR) {
            fixtures.vote(member, fixtures.item(meeting).id(), VoteChoice.APPROVE, null);
        }
        MeetingView.Item item = fixtures.item(meeting);
        refused(() -> members.call("committee", () -> meetings.closeItem(item.id(), item.version(), null)));
        refused(() -> asManager.call(() -> meetings.closeItem(item.id(), item.version(), null)));
        refused(() -> asEditor.call(() -> {
            meetings.close(meeting, fixtures.meeting(meeting).version());
            return null;
        }));
        assertFalse(fixtures.item(meeting).closed());
    }

    @Test
    void onlyITClosesProvisioningAndARejectedProposalIsNeverPublished() throws Exception {
        long approved = fixtures.screened();
        long rejected = fixtures.screened();
        long meeting = fixtures.openMeeting(List.of(approved, rejected), FOUR);
        List<MeetingView.Item> items = fixtures.meeting(meeting).items();
        for (String member : FOUR) {
            fixtures.vote(member, items.get(0).id(), VoteChoice.APPROVE, null);
            fixtures.vote(member, items.get(1).id(), VoteChoice.REJECT, "خدمت مشابه در سامانه‌ی ملی هست");
        }
        closeItem(meeting);
        MeetingView.Item second = fixtures.meeting(meeting).items().get(1);
        assertEquals(Decision.REJECTED, asExpert.call(() -> meetings.closeItem(second.id(), second.version(), null)));

        var task = asOperator.call(() -> queries.taskOf(approved)).orElseThrow();
        Checklist done = new Checklist(true, true, false, true, null);
        refused(() -> asExpert.call(() -> {
            provisioning.check(task.id(), task.version(), done);
            return null;
        }));
        asOperator.call(() -> {
            provisioning.check(task.id(), task.version(), done);
            return null;
        });
        long checked =
                asOperator.call(() -> queries.taskOf(approved)).orElseThrow().version();
        refused(() -> asExpert.call(() -> {
            provisioning.close(task.id(), checked);
            return null;
        }));
        asOperator.call(() -> {
            provisioning.close(task.id(), checked);
            return null;
        });
        assertEquals(ProposalStatus.PUBLISHED, fixtures.proposal(approved).status());

        ProposalView no = fixtures.proposal(rejected);
        assertEquals(ProposalStatus.REJECTED, no.status());
        assertTrue(asOperator.call(() -> queries.taskOf(rejected)).isEmpty(), "no task for IT");
        assertEquals(
                "committee.proposal.not-now",
                problem(() -> fixtures.scheduled(List.of(rejected), FOUR)),
                "a rejected proposal never returns to an agenda");
        long cardVersion = asManager.call(() -> catalog.edit(no.cardId()).getVersion());
        refused(() -> asManager.call(() -> {
            catalog.publish(no.cardId(), cardVersion);
            return null;
        }));
        assertTrue(no.steps().stream().anyMatch(s -> s.to() == ProposalStatus.REJECTED && s.meetingId() == meeting));
    }

    @Test
    void ofTwoPeopleChangingOneProposalTheSecondIsTold() throws Exception {
        long id = fixtures.drafted();
        long seen = fixtures.proposal(id).version();
        var mine = CommitteeFixtures.details("عنوان ویراسته‌ی ویراستار");
        var theirs = CommitteeFixtures.details("عنوان ویراسته‌ی مدیر");
        asEditor.call(() -> {
            proposals.revise(id, seen, mine);
            return null;
        });
        Exception lost = assertThrows(
                Exception.class,
                () -> asManager.call(() -> {
                    proposals.revise(id, seen, theirs);
                    return null;
                }));
        assertTrue(causedBy(lost, ConcurrentEdit.class), lost.toString());
        assertEquals("عنوان ویراسته‌ی ویراستار", fixtures.proposal(id).details().getTitle());
    }

    private void tie(long meeting) throws Exception {
        long item = fixtures.item(meeting).id();
        fixtures.vote("committee", item, VoteChoice.APPROVE, null);
        fixtures.vote("committee2", item, VoteChoice.REJECT, null);
        fixtures.vote("committee3", item, VoteChoice.APPROVE, null);
        fixtures.vote("committee4", item, VoteChoice.REJECT, null);
    }

    private Decision closeItem(long meeting) throws Exception {
        MeetingView.Item item = fixtures.item(meeting);
        return asExpert.call(() -> meetings.closeItem(item.id(), item.version(), "شرط آزمایشی"));
    }
}
