package ir.portal.desk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The days on which the desk works, for deadlines promised in working days. Holidays are given as dates rather
 * than computed, because many of Iran's official holidays follow the lunar Hijri calendar and are announced each
 * year.
 */
public final class WorkingCalendar {

    /** The Iranian office week: Saturday to Wednesday; Thursday and Friday off. */
    public static final Set<DayOfWeek> IRAN_WEEK =
            Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);

    private final Set<DayOfWeek> workingDays;
    private final Set<LocalDate> holidays;

    /**
     * @throws IllegalArgumentException when no day of the week is a working day, since then no deadline could
     *         ever be reached
     */
    public WorkingCalendar(Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {
        if (workingDays == null || workingDays.isEmpty()) {
            throw new IllegalArgumentException("A calendar needs at least one working day of the week");
        }
        if (holidays == null) {
            throw new IllegalArgumentException("Holidays must be given, if none then as an empty set");
        }
        this.workingDays = Set.copyOf(workingDays);
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * The day on which the given number of working days after the start have passed; the start itself does not
     * count, so a request made on any day and due in one working day is due on the next working day.
     *
     * @throws IllegalArgumentException when days is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Not a number of days ahead: " + days);
        }
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** The working days after the first date up to and including the second; 0 when the second is not later. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
