package ir.portal.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day of the Solar Hijri calendar, the official calendar of Iran. Conversion and formatting are ICU4J's;
 * months count from 1 (Farvardin).
 */
public record JalaliDate(int year, int month, int day) {

    private static final TimeZone UTC = TimeZone.GMT_ZONE;

    private static final Pattern TYPED = Pattern.compile("(\\d{4})[/\\-.](\\d{1,2})[/\\-.](\\d{1,2})");

    public JalaliDate {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new IllegalArgumentException("No such Jalali date: " + year + "/" + month + "/" + day);
        }
    }

    /**
     * A day as people here type it: Jalali year/month/day ({@code ۱۴۰۵/۰۹/۱۲}, with {@code /}, {@code -} or
     * {@code .}) in any digits; a year of 1700 or more is read as Gregorian. Empty where it is no such day.
     */
    public static Optional<LocalDate> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher m = TYPED.matcher(PersianDigits.toLatin(typed).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        try {
            return Optional.of(
                    year >= 1700 ? LocalDate.of(year, month, day) : new JalaliDate(year, month, day).toLocalDate());
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static JalaliDate of(LocalDate date) {
        PersianCalendar calendar = new PersianCalendar(UTC);
        calendar.setTime(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
        return new JalaliDate(
                calendar.get(Calendar.EXTENDED_YEAR),
                calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    public LocalDate toLocalDate() {
        PersianCalendar calendar = new PersianCalendar(UTC);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        calendar.setLenient(false);
        return calendar.getTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The day written out for a reader: "۵ آذر ۱۴۰۵" in Persian, "Azar 5, 1405 AP" in English. */
    public static String format(LocalDate date, Locale locale) {
        return written(date, locale, "persian");
    }

    /** The month of the day written out: "آذر ۱۴۰۵" in Persian, "Azar 1405 AP" in English. */
    public static String formatMonth(LocalDate date, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        ULocale calendarLocale = new ULocale((english ? "en" : "fa_IR") + "@calendar=persian");
        // Persian names the month before the year, which ICU's localised "yMMMM" does not
        DateFormat format = english
                ? DateFormat.getPatternInstance("yMMMM", calendarLocale)
                : new SimpleDateFormat("MMMM y", calendarLocale);
        format.setTimeZone(UTC);
        return format.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    /** The same day in the Gregorian calendar, for where the date is the point: "۲۱ دسامبر ۲۰۲۶", "December 21, 2026". */
    public static String formatGregorian(LocalDate date, Locale locale) {
        return written(date, locale, "gregorian");
    }

    private static String written(LocalDate date, Locale locale, String calendar) {
        ULocale calendarLocale =
                new ULocale(("en".equals(locale.getLanguage()) ? "en" : "fa_IR") + "@calendar=" + calendar);
        DateFormat format = DateFormat.getPatternInstance("d MMMM y", calendarLocale);
        format.setTimeZone(UTC);
        return format.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    @Override
    public String toString() {
        return String.format("%04d/%02d/%02d", year, month, day);
    }
}
