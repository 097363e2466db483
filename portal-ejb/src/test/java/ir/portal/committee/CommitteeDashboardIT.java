package ir.portal.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.Thrown;
import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsExpert;
import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.committee.application.CommitteeDashboard;
import ir.portal.committee.application.CommitteeQueries;
import ir.portal.committee.application.MeetingView;
import ir.portal.committee.application.Meetings;
import ir.portal.committee.application.Proposals;
import ir.portal.committee.application.Provisioning;
import ir.portal.committee.domain.ProposalStatus;
import ir.portal.committee.domain.ProvisioningTask.Checklist;
import ir.portal.committee.domain.VoteChoice;
import ir.portal.desk.application.DeskCalendar;
import ir.portal.desk.application.WorkflowAdministration;
import ir.portal.desk.domain.WorkflowDraft;
import ir.portal.desk.domain.WorkingCalendar;
import ir.portal.notify.AsOperator;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.time.PortalClock;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The committee's dashboard: the proposals of a period by state, unit and audience type, and the working days from
 * the first submission to the decision and to publication, with their mean and 90th percentile.
 */
@ExtendWith(ArquillianExtension.class)
class CommitteeDashboardIT {

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
    CommitteeQueries queries;

    @Inject
    WorkflowAdministration workflows;

    @Inject
    DeskCalendar deskCalendar;

    @Inject
    PortalClock clock;

    @Inject
    AsEditor asEditor;

    @Inject
    AsExpert asExpert;

    @Inject
    AsOperator asOperator;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aPeriodsProposalsAreCountedAndTheirWorkingDaysMeasured() throws Exception {
        // a period of the test's own: ten years ahead, where no other proposal was made
        clock.advance(Duration.ofDays(3650));
        LocalDate start = clock.today();
        long approved = submitted();
        clock.advance(Duration.ofDays(3));
        LocalDate later = clock.today();
        long rejected = submitted();
        fixtures.drafted();
        clock.advance(Duration.ofDays(4));
        LocalDate decided = clock.today();
        screen(approved);
        screen(rejected);
        long meeting = fixtures.openMeeting(List.of(approved, rejected), FOUR);
        List<MeetingView.Item> items = fixtures.meeting(meeting).items();
        for (String member : FOUR) {
            fixtures.vote(member, items.get(0).id(), VoteChoice.APPROVE, null);
            fixtures.vote(member, items.get(1).id(), VoteChoice.REJECT, null);
        }
        for (MeetingView.Item item : fixtures.meeting(meeting).items()) {
            asExpert.call(() -> meetings.closeItem(item.id(), item.version(), null));
        }
        clock.advance(Duration.ofDays(2));
        LocalDate published = clock.today();
        publish(approved);

        CommitteeDashboard figures = asExpert.call(() -> queries.dashboard(start, published));
        assertEquals(
                Map.of(ProposalStatus.PUBLISHED, 1L, ProposalStatus.REJECTED, 1L, ProposalStatus.DRAFT, 1L),
                figures.byStatus());
        assertEquals(3, figures.total());
        assertEquals(Map.of(ServiceType.G2C, 3L), figures.byServiceType());
        assertEquals(1, figures.byUnit().size());
        assertEquals("QOM-1", figures.byUnit().get(0).code());
        assertEquals(3, figures.byUnit().get(0).count());

        WorkingCalendar calendar = deskCalendar.calendar();
        assertEquals(5, calendar.workingDaysBetween(start, decided), "a week is five working days");
        int second = calendar.workingDaysBetween(later, decided);
        assertTrue(second < 5, "the second proposal was submitted three days later");
        assertEquals(2, figures.toDecision().count());
        assertEquals(
                BigDecimal.valueOf(5 + second).divide(BigDecimal.valueOf(2)).setScale(1),
                figures.toDecision().mean());
        assertEquals(5, figures.toDecision().p90(), "nine in ten took at most the longer of the two");
        int toPublication = calendar.workingDaysBetween(start, published);
        assertEquals(
                new CommitteeDashboard.Timing(
                        1, BigDecimal.valueOf(toPublication).setScale(1), toPublication),
                figures.toPublication(),
                "only the approved one was published");

        assertEquals(
                0,
                asExpert.call(() -> queries.dashboard(start.minusDays(30), start.minusDays(1)))
                        .total(),
                "a period before holds none of them");
        assertEquals(3, asEditor.call(() -> queries.dashboard(start, published)).total(), "the unit sees its own");
        Exception reversed =
                assertThrows(Exception.class, () -> asExpert.call(() -> queries.dashboard(published, start)));
        assertTrue(Thrown.causedBy(reversed, InvalidInput.class), "a period that ends before it starts is refused");
    }

    private long submitted() throws Exception {
        long id = fixtures.drafted();
        asEditor.call(() -> {
            proposals.submit(id, fixtures.proposal(id).version(), null);
            return null;
        });
        return id;
    }

    private void screen(long id) throws Exception {
        asExpert.call(() -> {
            proposals.screen(id, fixtures.proposal(id).version(), null);
            return null;
        });
    }

    private void publish(long id) throws Exception {
        long card = fixtures.proposal(id).cardId();
        asExpert.call(() -> workflows.revise(card, 0, 0, WorkflowDraft.starter()));
        var task = asOperator.call(() -> queries.taskOf(id)).orElseThrow();
        asOperator.call(() -> {
            provisioning.check(task.id(), task.version(), new Checklist(true, true, true, true, null));
            return null;
        });
        long checked = asOperator.call(() -> queries.taskOf(id)).orElseThrow().version();
        asOperator.call(() -> {
            provisioning.close(task.id(), checked);
            return null;
        });
    }
}
