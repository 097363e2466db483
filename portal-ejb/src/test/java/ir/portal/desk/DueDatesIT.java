package ir.portal.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ir.portal.Deployments;
import ir.portal.catalog.AsExpert;
import ir.portal.desk.application.DeskSubmission;
import ir.portal.desk.application.HolidayAdministration;
import ir.portal.desk.application.Receipt;
import ir.portal.desk.domain.DeskRepository;
import jakarta.inject.Inject;

/** The receipt's due date counts working days: Thursday, Friday and the holidays the admin keeps are skipped. */
@ExtendWith(ArquillianExtension.class)
class DueDatesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalEjb("due-dates-it");
    }

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

    @Test
    void theDueDateSkipsTheWeekendAndAHoliday() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
        LocalDate holiday = nextWorkingDay(today);
        asExpert.call(() -> {
            holidays.add(holiday, "تعطیل آزمایشی", "Test holiday");
            return null;
        });
        try {
            long service = repository.serviceCardTitled("اصلاح سرویس انشعاب").orElseThrow().getId();
            Receipt receipt = asCitizen.call(() -> submission.submit(DeskSamples.branchCorrection(service),
                    DeskSamples.identityDocument(), "x"));
            LocalDate expected = today;
            int counted = 0;
            while (counted < 5) {
                expected = expected.plusDays(1);
                if (!expected.equals(holiday) && expected.getDayOfWeek() != DayOfWeek.THURSDAY
                        && expected.getDayOfWeek() != DayOfWeek.FRIDAY) {
                    counted++;
                }
            }
            assertEquals(expected, receipt.dueOn());
        } finally {
            asExpert.call(() -> {
                holidays.holidays().stream().filter(h -> h.day().equals(holiday))
                        .forEach(h -> holidays.remove(h.id()));
                return null;
            });
        }
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.THURSDAY || next.getDayOfWeek() == DayOfWeek.FRIDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
