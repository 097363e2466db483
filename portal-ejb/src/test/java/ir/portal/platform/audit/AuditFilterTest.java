package ir.portal.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.portal.platform.errors.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The audit viewer's filter: what a person typed, as they meant it, and a range of days where the portal works. */
class AuditFilterTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @Test
    void spacesAroundAndPersianDigitsAreReadAsThePersonMeantThem() {
        AuditFilter filter = new AuditFilter(" citizen۲ ", "", "  ServiceRequest:۴۷۱۱", null, null);
        assertEquals("citizen2", filter.person());
        assertNull(filter.action(), "an empty choice asks for nothing");
        assertEquals("ServiceRequest:4711", filter.subject());
        assertNull(new AuditFilter("   ", null, null, null, null).person());
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedOnItsLastDay() {
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> new AuditFilter(null, null, null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
        assertEquals(Map.of("to", AuditFilter.RANGE_REVERSED), refused.problems());
    }

    @Test
    void aRangeOfOneDayRunsFromMidnightToMidnightInTehran() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        AuditFilter filter = new AuditFilter(null, null, null, day, day);
        assertEquals(Optional.of(Instant.parse("2026-02-28T20:30:00Z")), filter.start(TEHRAN));
        assertEquals(Optional.of(Instant.parse("2026-03-01T20:30:00Z")), filter.end(TEHRAN), "the next midnight");
    }

    @Test
    void aRangeMayBeOpenAtEitherEnd() {
        assertEquals(Optional.empty(), AuditFilter.none().start(TEHRAN));
        assertEquals(Optional.empty(), new AuditFilter(null, null, null, LocalDate.of(2026, 3, 1), null).end(TEHRAN));
    }
}
