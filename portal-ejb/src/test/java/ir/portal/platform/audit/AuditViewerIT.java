package ir.portal.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.accounts.AsAdmin;
import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsExpert;
import ir.portal.catalog.application.CatalogService;
import ir.portal.desk.AsApplicant;
import ir.portal.desk.AsClerk;
import ir.portal.desk.AsOtherCitizen;
import ir.portal.desk.DeskSamples;
import ir.portal.desk.application.DeskService;
import ir.portal.desk.application.HolidayAdministration;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.paging.Page;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.time.PortalClock;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit viewer's queries: each filter narrows as an admin means it (days are Tehran's); pages count right;
 * only the admin reads it. Entries at given moments are made by moving the test server's clock to days in the
 * past that no other test writes on, so each test counts only its own entries.
 */
@ExtendWith(ArquillianExtension.class)
class AuditViewerIT {

    @Inject
    AuditQueries audit;

    @Inject
    CatalogService catalog;

    @Inject
    HolidayAdministration holidays;

    @Inject
    DeskService desk;

    @Inject
    PortalClock clock;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsEditor asEditor;

    @Inject
    AsExpert asExpert;

    @Inject
    AsApplicant asCitizen;

    @Inject
    AsOtherCitizen asOtherCitizen;

    @Inject
    AsClerk asClerk;

    @Inject
    AuditFixtures fixtures;

    @Test
    void aPersonTypedInFullIsThatPersonAndTheBeginningOfANameIsEveryoneWhoseNameBeginsSo() throws Exception {
        String first = "ServiceRequest:" + asCitizen.call(() -> fixtures.submitted(DeskSamples.NATIONAL_ID));
        String second =
                "ServiceRequest:" + asOtherCitizen.call(() -> fixtures.submitted(DeskSamples.OTHER_NATIONAL_ID));

        assertEquals(
                List.of("citizen"),
                fixtures.usernames(fixtures.rows(new AuditFilter("citizen", null, first, null, null))));
        assertEquals(
                List.of(),
                fixtures.rows(new AuditFilter("citizen", null, second, null, null)),
                "citizen is not citizen2");
        assertEquals(
                List.of("citizen2"),
                fixtures.usernames(fixtures.rows(new AuditFilter(" citizen۲ ", null, second, null, null))),
                "Persian digits and spaces around the name");
        assertEquals(
                List.of("citizen2"),
                fixtures.usernames(fixtures.rows(new AuditFilter("citi", null, second, null, null))));
        assertEquals(
                List.of("citizen"),
                fixtures.usernames(fixtures.rows(new AuditFilter("CITI", null, first, null, null))));
        assertEquals(
                List.of(),
                fixtures.rows(new AuditFilter("itizen", null, first, null, null)),
                "the beginning, not any part");
        assertEquals(List.of(), fixtures.rows(new AuditFilter("cit_zen", null, first, null, null)), "_ is no wildcard");

        List<String> everyCitizen = fixtures.usernames(fixtures.rows(new AuditFilter("citi", null, null, null, null)));
        assertTrue(everyCitizen.contains("citizen") && everyCitizen.contains("citizen2"), everyCitizen.toString());
        assertTrue(everyCitizen.stream().allMatch(u -> u.startsWith("citi")), everyCitizen.toString());
        assertTrue(
                fixtures.usernames(fixtures.rows(new AuditFilter("citizen", null, null, null, null))).stream()
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
            fixtures.at(day.atTime(0, 30));
            early = fixtures.addHoliday(fixtures.unusedDay());
            fixtures.at(day.atTime(23, 30));
            late = fixtures.addHoliday(fixtures.unusedDay());
            fixtures.at(day.plusDays(1).atTime(0, 10));
            nextDay = fixtures.addHoliday(fixtures.unusedDay());
        } finally {
            clock.reset();
        }
        String e = "Holiday:" + early;
        String l = "Holiday:" + late;
        String n = "Holiday:" + nextDay;

        List<AuditRow> onTheDay = fixtures.rows(new AuditFilter("expert", "desk.holiday.added", null, day, day));
        assertEquals(List.of(l, e), fixtures.subjects(onTheDay), "00:30 and 23:30 of the day, not 00:10 of the next");
        assertEquals(
                day.minusDays(1),
                LocalDate.ofInstant(onTheDay.get(1).at(), ZoneOffset.UTC),
                "00:30 in Tehran is the evening before in UTC");
        assertEquals(
                LocalDate.ofInstant(onTheDay.get(0).at(), ZoneOffset.UTC),
                LocalDate.ofInstant(
                        fixtures.rows(new AuditFilter(null, null, n, null, null))
                                .get(0)
                                .at(),
                        ZoneOffset.UTC),
                "23:30 and 00:10 the next morning in Tehran are one day in UTC");

        assertEquals(
                List.of(), fixtures.rows(new AuditFilter("expert", null, null, day.minusDays(1), day.minusDays(1))));
        assertEquals(
                List.of(n),
                fixtures.subjects(
                        fixtures.rows(new AuditFilter("expert", null, null, day.plusDays(1), day.plusDays(1)))));
        assertEquals(
                List.of(n, l, e),
                fixtures.subjects(fixtures.rows(new AuditFilter("expert", null, null, day, day.plusDays(1)))));
        assertEquals(
                List.of(l, e),
                fixtures.subjects(fixtures.rows(new AuditFilter("expert", null, null, day.minusDays(30), day))),
                "the last day is counted whole");
        assertEquals(
                List.of(e),
                fixtures.subjects(fixtures.rows(new AuditFilter(null, null, e, null, day))),
                "a range open at its start");
        assertEquals(
                List.of(),
                fixtures.rows(new AuditFilter(null, null, e, day.plusDays(1), null)),
                "a range open at its end");
    }

    @Test
    void theActionFilterKeepsOneActionAndTheChoiceOffersEveryActionOnce() throws Exception {
        LocalDate day = LocalDate.of(2025, 2, 10);
        long id;
        try {
            fixtures.at(day.atTime(9, 0));
            id = fixtures.addHoliday(fixtures.unusedDay());
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
                fixtures.actions(fixtures.rows(new AuditFilter(null, "desk.holiday.removed", null, day, day))));
        assertEquals(
                List.of(subject),
                fixtures.subjects(fixtures.rows(new AuditFilter(null, "desk.holiday.added", null, day, day))));
        assertEquals(
                List.of(),
                fixtures.rows(new AuditFilter(null, "desk.holiday", null, day, day)),
                "an action is matched whole");

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
                fixtures.at(day.atTime(LocalTime.of(10, i)));
                made.add(0, "Holiday:" + fixtures.addHoliday(fixtures.unusedDay()));
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
        List.of(first, second, last).forEach(p -> paged.addAll(fixtures.subjects(p.items())));
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
}
