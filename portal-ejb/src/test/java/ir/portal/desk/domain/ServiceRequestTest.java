package ir.portal.desk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.accounts.domain.UnitKind;
import ir.portal.catalog.domain.CardContent;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.demo.DemoDesk;
import ir.portal.identifiers.MobileNumber;
import ir.portal.identifiers.NationalId;
import ir.portal.identifiers.TrackingCode;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The clock of a request: due in working days, paused while it waits on the citizen. */
class ServiceRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-21T06:00:00Z");
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);

    private final WorkingCalendar calendar = new WorkingCalendar(WorkingCalendar.IRAN_WEEK, Set.of());
    private final OrgUnit unit = new OrgUnit("QOM-1", "ناحیه یک", "District 1", UnitKind.DISTRICT_OFFICE);
    private final Account citizen =
            new Account("citizen", "x", "مریم", "c@example", null, EnumSet.of(Role.CITIZEN), NOW);
    private final Account clerk =
            new Account("clerk", "x", "رضا", "k@example", unit, EnumSet.of(Role.COUNTER_CLERK), NOW);
    private final Actor asCitizen = new Actor(citizen, Set.of(Role.CITIZEN), "fa", "c");
    private final Actor asClerk = new Actor(clerk, Set.of(Role.COUNTER_CLERK), "fa", "k");

    private ServiceRequest submitted() {
        CardContent content = new CardContent();
        content.setAverageDays(5);
        ServiceCard card = ServiceCard.draft(content, List.of(), List.of(), unit, "t", NOW);
        WorkflowDefinition workflow = new WorkflowDefinition(card, 1, DemoDesk.branchCorrection(), "t", NOW);
        Applicant applicant = new Applicant(
                citizen,
                NationalId.parse("0499370899").orElseThrow(),
                "مریم",
                MobileNumber.parse("09121234567").orElseThrow(),
                null);
        return ServiceRequest.submit(
                workflow,
                applicant,
                Map.of(),
                TrackingCode.random(new java.util.Random(1)),
                "t",
                asCitizen,
                calendar,
                SATURDAY,
                NOW);
    }

    private static WorkflowTransition transition(ServiceRequest r, String code) {
        return r.getWorkflow().transition(r.getStage(), code).orElseThrow();
    }

    @Test
    void isDueFiveWorkingDaysAfterItCameIn() {
        assertEquals(
                LocalDate.of(2026, 11, 28),
                submitted().dueOn(calendar, SATURDAY),
                "Sun, Mon, Tue, Wed, then Sat: Thursday and Friday are off");
    }

    @Test
    void theClockStopsWhileTheDebtIsSettledAndTheDueDateMovesOn() {
        ServiceRequest r = submitted();
        r.move(transition(r, "approve-form"), TransitionInput.none(), asClerk, calendar, SATURDAY, NOW);
        assertEquals(SATURDAY, r.getClock().getPausedOn());
        LocalDate tuesday = LocalDate.of(2026, 11, 24);
        assertEquals(LocalDate.of(2026, 12, 1), r.dueOn(calendar, tuesday), "three working days waited so far");
        assertFalse(r.isOverdue(calendar, LocalDate.of(2027, 1, 1)), "never overdue while waiting on the citizen");

        r.move(transition(r, "debt-settled"), TransitionInput.none(), asClerk, calendar, tuesday, NOW);
        assertEquals(3, r.getClock().getPausedDays());
        assertEquals(
                LocalDate.of(2026, 12, 1),
                r.dueOn(calendar, LocalDate.of(2026, 12, 20)),
                "the new due date holds once the clock runs again");
        assertTrue(r.isOverdue(calendar, LocalDate.of(2026, 12, 2)));
    }

    @Test
    void aStageIsLateAfterItsOwnTimeLimit() {
        ServiceRequest r = submitted();
        assertEquals(LocalDate.of(2026, 11, 22), r.stageDueOn(calendar), "the office has one working day");
        assertFalse(r.isStageOverdue(calendar, LocalDate.of(2026, 11, 22)));
        assertTrue(r.isStageOverdue(calendar, LocalDate.of(2026, 11, 23)));
        r.move(
                transition(r, "approve-form"),
                TransitionInput.none(),
                asClerk,
                calendar,
                LocalDate.of(2026, 11, 23),
                NOW);
        assertFalse(r.isStageOverdue(calendar, LocalDate.of(2027, 1, 1)), "not late while waiting on the citizen");
    }

    @Test
    void onlyTheApplicantTakesTheCitizensSteps() {
        ServiceRequest r = submitted();
        assertTrue(r.allows(transition(r, "approve-form"), asClerk));
        assertFalse(r.allows(transition(r, "approve-form"), asCitizen));
    }
}
