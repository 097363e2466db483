package ir.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JalaliDateTest {

    @Test
    void convertsTheDateOfThePortalProcedure() {
        assertEquals(new JalaliDate(1396, 12, 12), JalaliDate.of(LocalDate.of(2018, 3, 3)));
        assertEquals(LocalDate.of(2018, 3, 3), new JalaliDate(1396, 12, 12).toLocalDate());
    }

    @Test
    void aMonthIsWrittenMonthFirstInPersianAsInEnglish() {
        LocalDate azar = new JalaliDate(1405, 9, 1).toLocalDate();
        assertEquals("آذر ۱۴۰۵", JalaliDate.formatMonth(azar, java.util.Locale.forLanguageTag("fa-IR")));
        assertEquals("Azar 1405 AP", JalaliDate.formatMonth(azar, java.util.Locale.ENGLISH));
    }

    @Test
    void convertsTheFirstDayOfAYear() {
        assertEquals(LocalDate.of(2018, 3, 21), new JalaliDate(1397, 1, 1).toLocalDate());
        assertEquals(new JalaliDate(1397, 1, 1), JalaliDate.of(LocalDate.of(2018, 3, 21)));
        assertEquals(new JalaliDate(1403, 1, 1), JalaliDate.of(LocalDate.of(2024, 3, 20)));
        assertEquals(new JalaliDate(1404, 1, 1), JalaliDate.of(LocalDate.of(2025, 3, 21)));
        assertEquals(new JalaliDate(1396, 12, 29), JalaliDate.of(LocalDate.of(2018, 3, 20)));
    }

    @Test
    void convertsTheLastDayOfALeapYear() {
        assertEquals(new JalaliDate(1399, 12, 30), JalaliDate.of(LocalDate.of(2021, 3, 20)));
    }

    @Test
    void refusesAMonthThatDoesNotExist() {
        assertThrows(IllegalArgumentException.class, () -> new JalaliDate(1400, 13, 1));
    }

    @Test
    void formatsInPersianWithPersianDigits() {
        String text = JalaliDate.format(LocalDate.of(2018, 3, 3), Locale.forLanguageTag("fa"));
        assertEquals("۱۲ اسفند ۱۳۹۶", text);
    }

    @Test
    void formatsInEnglishWithLatinDigits() {
        String text = JalaliDate.format(LocalDate.of(2018, 3, 3), Locale.ENGLISH);
        assertTrue(text.startsWith("Esfand 12, 1396"), text);
    }

    @Test
    void writesTheGregorianDayBesideForWhereTheDateIsThePoint() {
        LocalDate yalda = new JalaliDate(1405, 9, 30).toLocalDate();
        assertEquals(LocalDate.of(2026, 12, 21), yalda);
        assertEquals("December 21, 2026", JalaliDate.formatGregorian(yalda, Locale.ENGLISH));
        assertEquals("۲۱ دسامبر ۲۰۲۶", JalaliDate.formatGregorian(yalda, Locale.forLanguageTag("fa")));
    }
}
