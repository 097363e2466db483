package ir.portal.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.Deployments;
import ir.portal.accounts.AsAdmin;
import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsExpert;
import ir.portal.catalog.AsManager;
import ir.portal.catalog.CardSamples;
import ir.portal.catalog.application.CatalogService;
import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.desk.AsApplicant;
import ir.portal.desk.AsClerk;
import ir.portal.desk.AsOtherCitizen;
import ir.portal.desk.DeskSamples;
import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.DeskService;
import ir.portal.desk.application.DeskSubmission;
import ir.portal.desk.application.HolidayAdministration;
import ir.portal.desk.application.SubmissionForm;
import ir.portal.desk.application.WorkflowAdministration;
import ir.portal.desk.application.WorkflowAdministration.EditableWorkflow;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.TransitionInput;
import ir.portal.desk.domain.WorkflowDraft;
import ir.portal.desk.domain.WorkflowStage;
import ir.portal.i18n.JalaliDate;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.paging.Page;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.security.RequestOrigin;
import ir.portal.platform.time.PortalClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit viewer's queries: the catalog's and the desk's changes are there with who, from where and the fields
 * before and after; each filter narrows as an admin means it (days are Tehran's); pages count right; only the
 * admin reads it. Entries at given moments are made by moving the test server's clock to days in the past that no
 * other test writes on, so each test counts only its own entries.
 */
@ExtendWith(ArquillianExtension.class)
class AuditViewerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalEjb("audit-viewer-it");
    }

    @Inject
    AuditQueries audit;

    @Inject
    CatalogService catalog;

    @Inject
    HolidayAdministration holidays;

    @Inject
    WorkflowAdministration workflows;

    @Inject
    DeskSubmission submission;

    @Inject
    DeskService desk;

    @Inject
    DeskQueries requests;

    @Inject
    DeskRepository repository;

    @Inject
    RequestOrigin origin;

    @Inject
    PortalClock clock;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsEditor asEditor;

    @Inject
    AsManager asManager;

    @Inject
    AsExpert asExpert;

    @Inject
    AsApplicant asCitizen;

    @Inject
    AsOtherCitizen asOtherCitizen;

    @Inject
    AsClerk asClerk;

    @Test
    void aCardsLifeIsLoggedWithWhoFromWhereAndTheFieldsBeforeAndAfter() throws Exception {
        origin.set("198.51.100.23", "fa");
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String title = "کارت گزارش " + mark;
        String retitled = "کارت گزارش ویرایش‌شده " + mark;
        long id = asEditor.call(() -> catalog.create(CardSamples.minimal("QOM-1", title, "Audit card " + mark)));
        asEditor.call(() -> {
            ServiceCardForm form = catalog.edit(id);
            form.getContent().setTitle(new LocalizedText(retitled, "Audit card " + mark));
            catalog.update(id, form);
            return null;
        });
        asManager.call(() -> {
            catalog.publish(id, catalog.edit(id).getVersion());
            return null;
        });
        asManager.call(() -> {
            catalog.withdraw(id, catalog.edit(id).getVersion());
            return null;
        });

        List<AuditRow> rows = rows(new AuditFilter(null, null, "ServiceCard:" + id, null, null));
        assertEquals(
                List.of(
                        "catalog.card.withdrawn",
                        "catalog.card.published",
                        "catalog.card.edited",
                        "catalog.card.created"),
                actions(rows),
                "every change of the card, newest first");
        assertEquals(List.of("manager", "manager", "editor", "editor"), usernames(rows));
        assertTrue(
                rows.stream().allMatch(r -> "QOM-1".equals(r.unitCode()) && "198.51.100.23".equals(r.client())),
                "each with the person's unit and the address they came from: " + rows);
        List<FieldChange> edited = rows.get(2).changes();
        assertTrue(edited.contains(new FieldChange("title.fa", title, retitled)), edited.toString());
        assertTrue(edited.stream().noneMatch(c -> c.field().equals("title.en")), "a field left alone is not listed");
        assertTrue(rows.get(1).changes().contains(new FieldChange("status", "DRAFT", "PUBLISHED")));
        assertTrue(rows.get(0).changes().contains(new FieldChange("status", "PUBLISHED", "WITHDRAWN")));
    }

    @Test
    void aDeskStepIsLoggedWithTheStageItLeftAndTheStageItReached() throws Exception {
        origin.set("203.0.113.41", "fa");
        long id = asCitizen.call(() -> submitted(DeskSamples.NATIONAL_ID));
        asClerk.call(() -> {
            desk.move(id, requests.request(id).version(), "approve-form", TransitionInput.none(), null);
            return null;
        });

        List<AuditRow> rows = rows(new AuditFilter(null, null, "ServiceRequest:" + id, null, null));
        assertEquals(List.of("desk.request.moved.approve-form", "desk.request.submitted"), actions(rows));
        assertEquals(List.of("clerk", "citizen"), usernames(rows));
        AuditRow step = rows.get(0);
        assertEquals("QOM-2", step.unitCode(), "the clerk's unit");
        assertEquals("203.0.113.41", step.client());
        assertEquals(List.of(new FieldChange("stage", "office-review", "debt-settlement")), step.changes());
    }

    @Test
    void aWorkflowRevisionIsLoggedWithTheStageThatChanged() throws Exception {
        long service = repository
                .serviceCardTitled("درخواست انشعاب جدید برق")
                .orElseThrow()
                .getId();
        EditableWorkflow current = asExpert.call(() -> workflows.edit(service));
        List<WorkflowStage> stages = new ArrayList<>(current.draft().stages());
        WorkflowStage first = stages.get(0).copy();
        String before = first.getName().getFa();
        String renamed = "بررسی (آزمون گزارش) " + UUID.randomUUID().toString().substring(0, 6);
        first.getName().setFa(renamed);
        stages.set(0, first);
        WorkflowDraft edited = new WorkflowDraft(
                current.draft().startStage(),
                stages,
                current.draft().transitions(),
                current.draft().fields(),
                current.draft().documents());
        asExpert.call(() -> workflows.revise(service, current.workflowId(), current.version(), edited));

        AuditRow newest = rows(new AuditFilter(null, "desk.workflow.revised", "Workflow:" + service, null, null))
                .get(0);
        assertEquals("expert", newest.username());
        assertEquals(
                List.of("stages." + first.getCode()),
                newest.changes().stream().map(FieldChange::field).toList(),
                "only the renamed stage");
        assertTrue(
                newest.changes().get(0).before().contains(before),
                newest.changes().toString());
        assertTrue(
                newest.changes().get(0).after().contains(renamed),
                newest.changes().toString());
    }

    @Test
    void aHolidayAddedAndRemovedIsLoggedWithItsJalaliDayAndNames() throws Exception {
        LocalDate day = unusedDay();
        long id = addHoliday(day);
        asExpert.call(() -> {
            holidays.remove(id);
            return null;
        });

        List<AuditRow> rows = rows(new AuditFilter(null, null, "Holiday:" + id, null, null));
        assertEquals(List.of("desk.holiday.removed", "desk.holiday.added"), actions(rows));
        assertEquals(List.of("expert", "expert"), usernames(rows));
        String jalali = JalaliDate.of(day).toString();
        assertTrue(
                rows.get(1).changes().contains(new FieldChange("day", null, jalali)),
                rows.get(1).changes().toString());
        assertTrue(rows.get(1).changes().contains(new FieldChange("nameFa", null, "تعطیل آزمون گزارش")));
        assertTrue(
                rows.get(0).changes().contains(new FieldChange("day", jalali, null)),
                rows.get(0).changes().toString());
    }

    @Test
    void aPersonTypedInFullIsThatPersonAndTheBeginningOfANameIsEveryoneWhoseNameBeginsSo() throws Exception {
        String first = "ServiceRequest:" + asCitizen.call(() -> submitted(DeskSamples.NATIONAL_ID));
        String second = "ServiceRequest:" + asOtherCitizen.call(() -> submitted(DeskSamples.OTHER_NATIONAL_ID));

        assertEquals(List.of("citizen"), usernames(rows(new AuditFilter("citizen", null, first, null, null))));
        assertEquals(List.of(), rows(new AuditFilter("citizen", null, second, null, null)), "citizen is not citizen2");
        assertEquals(
                List.of("citizen2"),
                usernames(rows(new AuditFilter(" citizen۲ ", null, second, null, null))),
                "Persian digits and spaces around the name");
        assertEquals(List.of("citizen2"), usernames(rows(new AuditFilter("citi", null, second, null, null))));
        assertEquals(List.of("citizen"), usernames(rows(new AuditFilter("CITI", null, first, null, null))));
        assertEquals(
                List.of(), rows(new AuditFilter("itizen", null, first, null, null)), "the beginning, not any part");
        assertEquals(List.of(), rows(new AuditFilter("cit_zen", null, first, null, null)), "_ is no wildcard");

        List<String> everyCitizen = usernames(rows(new AuditFilter("citi", null, null, null, null)));
        assertTrue(everyCitizen.contains("citizen") && everyCitizen.contains("citizen2"), everyCitizen.toString());
        assertTrue(everyCitizen.stream().allMatch(u -> u.startsWith("citi")), everyCitizen.toString());
        assertTrue(
                usernames(rows(new AuditFilter("citizen", null, null, null, null))).stream()
                        .allMatch("citizen"::equals),
                "only the one person");
    }

    @Test
    void aDayRunsFromMidnightToMidnightInTehranNotInUtc() throws Exception {
        ZoneId zone = clock.getZone();
        assertEquals(ZoneId.of("Asia/Tehran"), zone, "the test server keeps the portal's default zone");
        LocalDate day = LocalDate.of(2025, 1, 15);
        long early;
        long late;
        long nextDay;
        try {
            at(day.atTime(0, 30));
            early = addHoliday(unusedDay());
            at(day.atTime(23, 30));
            late = addHoliday(unusedDay());
            at(day.plusDays(1).atTime(0, 10));
            nextDay = addHoliday(unusedDay());
        } finally {
            clock.reset();
        }
        String e = "Holiday:" + early;
        String l = "Holiday:" + late;
        String n = "Holiday:" + nextDay;

        List<AuditRow> onTheDay = rows(new AuditFilter("expert", "desk.holiday.added", null, day, day));
        assertEquals(List.of(l, e), subjects(onTheDay), "00:30 and 23:30 of the day, not 00:10 of the next");
        assertEquals(
                day.minusDays(1),
                LocalDate.ofInstant(onTheDay.get(1).at(), ZoneOffset.UTC),
                "00:30 in Tehran is the evening before in UTC");
        assertEquals(
                LocalDate.ofInstant(onTheDay.get(0).at(), ZoneOffset.UTC),
                LocalDate.ofInstant(
                        rows(new AuditFilter(null, null, n, null, null)).get(0).at(), ZoneOffset.UTC),
                "23:30 and 00:10 the next morning in Tehran are one day in UTC");

        assertEquals(List.of(), rows(new AuditFilter("expert", null, null, day.minusDays(1), day.minusDays(1))));
        assertEquals(
                List.of(n), subjects(rows(new AuditFilter("expert", null, null, day.plusDays(1), day.plusDays(1)))));
        assertEquals(List.of(n, l, e), subjects(rows(new AuditFilter("expert", null, null, day, day.plusDays(1)))));
        assertEquals(
                List.of(l, e),
                subjects(rows(new AuditFilter("expert", null, null, day.minusDays(30), day))),
                "the last day is counted whole");
        assertEquals(
                List.of(e), subjects(rows(new AuditFilter(null, null, e, null, day))), "a range open at its start");
        assertEquals(List.of(), rows(new AuditFilter(null, null, e, day.plusDays(1), null)), "a range open at its end");
    }

    @Test
    void theActionFilterKeepsOneActionAndTheChoiceOffersEveryActionOnce() throws Exception {
        LocalDate day = LocalDate.of(2025, 2, 10);
        long id;
        try {
            at(day.atTime(9, 0));
            id = addHoliday(unusedDay());
            asExpert.call(() -> {
                holidays.remove(id);
                return null;
            });
        } finally {
            clock.reset();
        }
        String subject = "Holiday:" + id;
        assertEquals(
                List.of("desk.holiday.removed"),
                actions(rows(new AuditFilter(null, "desk.holiday.removed", null, day, day))));
        assertEquals(List.of(subject), subjects(rows(new AuditFilter(null, "desk.holiday.added", null, day, day))));
        assertEquals(
                List.of(), rows(new AuditFilter(null, "desk.holiday", null, day, day)), "an action is matched whole");

        List<String> offered = asAdmin.call(() -> audit.actions());
        assertTrue(offered.containsAll(List.of("desk.holiday.added", "desk.holiday.removed")), offered.toString());
        assertEquals(offered.stream().distinct().sorted().toList(), offered, "once each, in order");
    }

    @Test
    void pagesAreCountedInTheDatabaseAndFollowEachOtherNewestFirst() throws Exception {
        LocalDate day = LocalDate.of(2025, 3, 3);
        List<String> made = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                at(day.atTime(LocalTime.of(10, i)));
                made.add(0, "Holiday:" + addHoliday(unusedDay()));
            }
        } finally {
            clock.reset();
        }
        AuditFilter filter = new AuditFilter("expert", null, null, day, day);

        Page<AuditRow> first = asAdmin.call(() -> audit.page(filter, PageRequest.of(0, 2)));
        Page<AuditRow> second = asAdmin.call(() -> audit.page(filter, PageRequest.of(2, 2)));
        Page<AuditRow> last = asAdmin.call(() -> audit.page(filter, PageRequest.of(4, 2)));
        Page<AuditRow> beyond = asAdmin.call(() -> audit.page(filter, PageRequest.of(6, 2)));
        assertEquals(List.of(5L, 5L, 5L, 5L), List.of(first.total(), second.total(), last.total(), beyond.total()));
        assertEquals(3, first.pageCount());
        List<String> paged = new ArrayList<>();
        List.of(first, second, last).forEach(p -> paged.addAll(subjects(p.items())));
        assertEquals(made, paged, "every entry once, newest first, across the pages");
        assertEquals(
                List.of(2, 2, 1),
                List.of(
                        first.items().size(),
                        second.items().size(),
                        last.items().size()));
        assertTrue(beyond.items().isEmpty());
        assertEquals(5L, asAdmin.call(() -> audit.count(filter)));
        assertFalse(last.hasNext());
    }

    @Test
    void onlyTheAdminReadsTheLog() {
        assertThrows(Refused.class, () -> asEditor.call(() -> audit.page(AuditFilter.none(), PageRequest.of(0, 10))));
        assertThrows(Refused.class, () -> asExpert.call(() -> audit.actions()), "nor the portal expert");
        assertThrows(Refused.class, () -> asClerk.call(() -> audit.count(AuditFilter.none())));
        assertThrows(Refused.class, () -> asCitizen.call(() -> audit.rows(AuditFilter.none(), PageRequest.of(0, 10))));
    }

    private List<AuditRow> rows(AuditFilter filter) throws Exception {
        return asAdmin.call(() -> audit.page(filter, PageRequest.of(0, 100))).items();
    }

    /** Moves the server's clock to a moment of the portal's zone. */
    private void at(LocalDateTime local) {
        clock.advance(
                Duration.between(clock.instant(), local.atZone(clock.getZone()).toInstant()));
    }

    /** Submits a branch correction as whoever runs it, and says the request's id. */
    private long submitted(String nationalId) {
        long service =
                repository.serviceCardTitled("اصلاح سرویس انشعاب").orElseThrow().getId();
        SubmissionForm form = DeskSamples.branchCorrection(service);
        form.setNationalId(nationalId);
        return submission.submit(form, DeskSamples.identityDocument()).requestId();
    }

    /** Adds a holiday as the portal expert and says its id. */
    private long addHoliday(LocalDate day) throws Exception {
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
    private LocalDate unusedDay() throws Exception {
        List<LocalDate> taken = asExpert.call(() -> holidays.holidays().stream()
                .map(HolidayAdministration.HolidayRow::day)
                .toList());
        LocalDate day;
        do {
            day = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
        } while (taken.contains(day));
        return day;
    }

    private static List<String> actions(List<AuditRow> rows) {
        return rows.stream().map(AuditRow::action).toList();
    }

    private static List<String> usernames(List<AuditRow> rows) {
        return rows.stream().map(AuditRow::username).toList();
    }

    private static List<String> subjects(List<AuditRow> rows) {
        return rows.stream().map(AuditRow::subject).toList();
    }
}
