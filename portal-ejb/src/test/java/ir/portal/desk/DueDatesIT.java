package ir.portal.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.catalog.AsExpert;
import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.DeskService;
import ir.portal.desk.application.DeskSubmission;
import ir.portal.desk.application.HolidayAdministration;
import ir.portal.desk.application.Receipt;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.TransitionInput;
import ir.portal.platform.time.PortalClock;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The receipt's due date counts working days: Thursday, Friday and the holidays the admin keeps are skipped. */
@ExtendWith(ArquillianExtension.class)
class DueDatesIT {

    @Inject
    DeskSubmission submission;

    @Inject
    HolidayAdministration holidays;

    @Inject
    DeskRepository repository;

    @Inject
    AsApplicant asCitizen;

    @Inject
    AsExpert asExpert;

    @Inject
    AsClerk asClerk;

    @Inject
    DeskService desk;

    @Inject
    DeskQueries queries;

    @Inject
    PortalClock clock;

    @Test
    void theDueDateSkipsTheWeekendAndAHoliday() throws Exception {
        LocalDate today = clock.today();
        LocalDate holiday = nextWorkingDay(today);
        asExpert.call(() -> {
            holidays.add(holiday, "تعطیل آزمایشی", "Test holiday");
            return null;
        });
        try {
            long service = repository
                    .serviceCardTitled("اصلاح سرویس انشعاب")
                    .orElseThrow()
                    .getId();
            Receipt receipt = asCitizen.call(
                    () -> submission.submit(DeskSamples.branchCorrection(service), DeskSamples.identityDocument()));
            LocalDate expected = today;
            int counted = 0;
            while (counted < 5) {
                expected = expected.plusDays(1);
                if (!expected.equals(holiday)
                        && expected.getDayOfWeek() != DayOfWeek.THURSDAY
                        && expected.getDayOfWeek() != DayOfWeek.FRIDAY) {
                    counted++;
                }
            }
            assertEquals(expected, receipt.dueOn());
        } finally {
            asExpert.call(() -> {
                holidays.holidays().stream()
                        .filter(h -> h.day().equals(holiday))
                        .forEach(h -> holidays.remove(h.id()));
                return null;
            });
        }
    }

    @Test
    void theClockStopsWhileTheRequestWaitsOnTheCitizenAndTheNewDueDateShows() throws Exception {
        long service =
                repository.serviceCardTitled("اصلاح سرویس انشعاب").orElseThrow().getId();
        Receipt receipt = asCitizen.call(
                () -> submission.submit(DeskSamples.branchCorrection(service), DeskSamples.identityDocument()));
        long id = receipt.requestId();
        asClerk.call(() -> {
            desk.move(id, queries.request(id).version(), "approve-form", TransitionInput.none(), null);
            return null;
        });
        assertTrue(asCitizen.call(() -> queries.request(id)).waitsOnCitizen(), "debt settlement waits on the citizen");

        LocalDate today = clock.today();
        try {
            clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, workingDaysAfter(today, 3))));
            LocalDate moved = workingDaysAfter(receipt.dueOn(), 3);
            assertEquals(
                    moved,
                    asCitizen.call(() -> queries.request(id)).dueOn(),
                    "three working days of waiting move the due date three working days on");

            asClerk.call(() -> {
                desk.move(id, queries.request(id).version(), "debt-settled", TransitionInput.none(), null);
                return null;
            });
            var resumed = asCitizen.call(() -> queries.request(id));
            assertEquals(moved, resumed.dueOn(), "the new due date holds once the clock runs again");
            assertEquals(3, resumed.pausedDays());
        } finally {
            clock.reset();
        }
    }

    @Test
    void aRequestBecomesOverdueWhenTheClockPassesItsDueDate() throws Exception {
        long service =
                repository.serviceCardTitled("اصلاح سرویس انشعاب").orElseThrow().getId();
        Receipt receipt = asCitizen.call(
                () -> submission.submit(DeskSamples.branchCorrection(service), DeskSamples.identityDocument()));
        long id = receipt.requestId();
        assertFalse(asCitizen.call(() -> queries.request(id)).overdue(), "not overdue when it is submitted");
        try {
            clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(clock.today(), receipt.dueOn())));
            assertFalse(asCitizen.call(() -> queries.request(id)).overdue(), "still on time on its due date");
            clock.advance(Duration.ofDays(1));
            assertTrue(asCitizen.call(() -> queries.request(id)).overdue(), "overdue the day after");
            assertTrue(
                    asClerk.call(() -> queries.queue(null, true, receipt.trackingCode(), null, 0, 10)).items().stream()
                            .anyMatch(row -> row.id() == id),
                    "the counter office's overdue filter finds it");
        } finally {
            clock.reset();
        }
    }

    private static boolean working(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.THURSDAY && day.getDayOfWeek() != DayOfWeek.FRIDAY;
    }

    private static LocalDate workingDaysAfter(LocalDate day, int count) {
        LocalDate at = day;
        int counted = 0;
        while (counted < count) {
            at = at.plusDays(1);
            if (working(at)) {
                counted++;
            }
        }
        return at;
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.THURSDAY || next.getDayOfWeek() == DayOfWeek.FRIDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
