package ir.portal.platform.audit;

import ir.portal.accounts.AsAdmin;
import ir.portal.catalog.AsExpert;
import ir.portal.desk.DeskSamples;
import ir.portal.desk.application.DeskSubmission;
import ir.portal.desk.application.HolidayAdministration;
import ir.portal.desk.application.SubmissionForm;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.time.PortalClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** What the audit tests do around their entries: read them as the admin, move the clock, submit, add holidays. */
@ApplicationScoped
class AuditFixtures {

    @Inject
    AuditQueries audit;

    @Inject
    HolidayAdministration holidays;

    @Inject
    DeskSubmission submission;

    @Inject
    DeskRepository repository;

    @Inject
    PortalClock clock;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsExpert asExpert;

    List<AuditRow> rows(AuditFilter filter) throws Exception {
        return asAdmin.call(() -> audit.page(filter, PageRequest.of(0, 100))).items();
    }

    /** Moves the server's clock to a moment of the portal's zone. */
    void at(LocalDateTime local) {
        clock.advance(
                Duration.between(clock.instant(), local.atZone(clock.getZone()).toInstant()));
    }

    /** Submits a branch correction as whoever runs it, and says the request's id. */
    long submitted(String nationalId) {
        long service =
                repository.serviceCardTitled("اصلاح سرویس انشعاب").orElseThrow().getId();
        SubmissionForm form = DeskSamples.branchCorrection(service);
        form.setNationalId(nationalId);
        return submission.submit(form, DeskSamples.identityDocument()).requestId();
    }

    /** Adds a holiday as the portal expert and says its id. */
    long addHoliday(LocalDate day) throws Exception {
        return asExpert.call(() -> {
            holidays.add(day, "تعطیل آزمون گزارش", "Audit test holiday");
            return holidays.holidays().stream()
                    .filter(h -> h.day().equals(day))
                    .findFirst()
                    .orElseThrow()
                    .id();
        });
    }

    /** A day far ahead that no holiday has yet. */
    LocalDate unusedDay() throws Exception {
        List<LocalDate> taken = asExpert.call(() -> holidays.holidays().stream()
                .map(HolidayAdministration.HolidayRow::day)
                .toList());
        LocalDate day;
        do {
            day = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
        } while (taken.contains(day));
        return day;
    }

    static List<String> actions(List<AuditRow> rows) {
        return rows.stream().map(AuditRow::action).toList();
    }

    static List<String> usernames(List<AuditRow> rows) {
        return rows.stream().map(AuditRow::username).toList();
    }

    static List<String> subjects(List<AuditRow> rows) {
        return rows.stream().map(AuditRow::subject).toList();
    }
}
