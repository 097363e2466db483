package ir.portal.desk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);
    private static final WorkingCalendar NO_HOLIDAYS = new WorkingCalendar(WorkingCalendar.IRAN_WEEK, Set.of());

    @Test
    void worksSaturdayToWednesday() {
        assertEquals(DayOfWeek.SATURDAY, SATURDAY.getDayOfWeek());
        for (int i = 0; i < 5; i++) {
            assertTrue(NO_HOLIDAYS.isWorkingDay(SATURDAY.plusDays(i)));
        }
        assertFalse(NO_HOLIDAYS.isWorkingDay(THURSDAY));
        assertFalse(NO_HOLIDAYS.isWorkingDay(THURSDAY.plusDays(1)));
    }

    @Test
    void doesNotWorkOnAHoliday() {
        WorkingCalendar calendar = new WorkingCalendar(WorkingCalendar.IRAN_WEEK, Set.of(SATURDAY));
        assertFalse(calendar.isWorkingDay(SATURDAY));
    }

    @Test
    void skipsTheWeekendWhenAddingWorkingDays() {
        assertEquals(LocalDate.of(2026, 11, 25), NO_HOLIDAYS.addWorkingDays(SATURDAY, 4));
        assertEquals(LocalDate.of(2026, 11, 28), NO_HOLIDAYS.addWorkingDays(SATURDAY, 5));
    }

    @Test
    void movesTheDeadlineOneDayForAHolidayInBetween() {
        WorkingCalendar calendar = new WorkingCalendar(WorkingCalendar.IRAN_WEEK, Set.of(LocalDate.of(2026, 11, 23)));
        assertEquals(LocalDate.of(2026, 11, 29), calendar.addWorkingDays(SATURDAY, 5));
    }

    @Test
    void ignoresAHolidayThatFallsOnAWeekend() {
        WorkingCalendar calendar = new WorkingCalendar(WorkingCalendar.IRAN_WEEK, Set.of(THURSDAY));
        assertEquals(LocalDate.of(2026, 11, 28), calendar.addWorkingDays(SATURDAY, 5));
    }

    @Test
    void countsFromAStartOnTheWeekend() {
        assertEquals(LocalDate.of(2026, 11, 28), NO_HOLIDAYS.addWorkingDays(THURSDAY, 1));
        assertEquals(LocalDate.of(2026, 12, 2), NO_HOLIDAYS.addWorkingDays(THURSDAY, 5));
    }

    @Test
    void returnsTheStartForZeroDaysEvenOnAWeekend() {
        assertEquals(SATURDAY, NO_HOLIDAYS.addWorkingDays(SATURDAY, 0));
        assertEquals(THURSDAY, NO_HOLIDAYS.addWorkingDays(THURSDAY, 0));
    }

    @Test
    void refusesANegativeNumberOfDays() {
        assertThrows(IllegalArgumentException.class, () -> NO_HOLIDAYS.addWorkingDays(SATURDAY, -1));
    }

    @Test
    void countsWorkingDaysOverAWeekend() {
        assertEquals(1, NO_HOLIDAYS.workingDaysBetween(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 28)));
        assertEquals(5, NO_HOLIDAYS.workingDaysBetween(SATURDAY, LocalDate.of(2026, 11, 28)));
    }

    @Test
    void leavesAHolidayOutOfTheCount() {
        WorkingCalendar calendar = new WorkingCalendar(
                WorkingCalendar.IRAN_WEEK, Set.of(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 28)));
        assertEquals(3, calendar.workingDaysBetween(SATURDAY, LocalDate.of(2026, 11, 28)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 28)));
    }

    @Test
    void countsNothingWhenTheEndIsNotLater() {
        assertEquals(0, NO_HOLIDAYS.workingDaysBetween(SATURDAY, SATURDAY));
        assertEquals(0, NO_HOLIDAYS.workingDaysBetween(SATURDAY, SATURDAY.minusDays(10)));
    }

    @Test
    void countsBackTheDaysItAdded() {
        WorkingCalendar calendar = new WorkingCalendar(
                WorkingCalendar.IRAN_WEEK,
                Set.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 9)));
        for (int start = 0; start < 7; start++) {
            LocalDate from = SATURDAY.plusDays(start);
            for (int days = 0; days <= 40; days++) {
                assertEquals(days, calendar.workingDaysBetween(from, calendar.addWorkingDays(from, days)));
            }
        }
    }

    @Test
    void refusesAWeekWithoutWorkingDays() {
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(Set.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(null, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(WorkingCalendar.IRAN_WEEK, null));
    }

    @Test
    void isNotChangedByChangesToTheSetsItWasGiven() {
        Set<DayOfWeek> days = EnumSet.of(DayOfWeek.SATURDAY);
        Set<LocalDate> holidays = new HashSet<>();
        WorkingCalendar calendar = new WorkingCalendar(days, holidays);
        days.add(DayOfWeek.SUNDAY);
        holidays.add(SATURDAY);
        assertTrue(calendar.isWorkingDay(SATURDAY));
        assertFalse(calendar.isWorkingDay(SATURDAY.plusDays(1)));
    }

    @Test
    void offersTheIranianWeekUnmodifiable() {
        assertEquals(
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY),
                WorkingCalendar.IRAN_WEEK);
        assertThrows(UnsupportedOperationException.class, () -> WorkingCalendar.IRAN_WEEK.add(DayOfWeek.FRIDAY));
    }
}
