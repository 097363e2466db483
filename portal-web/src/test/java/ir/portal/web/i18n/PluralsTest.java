package ir.portal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Counts in the bundles' own words (issue 9, defect 7: the English catalog said "1 days" and "0 days"). */
class PluralsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale FA = Locale.forLanguageTag("fa");

    @Test
    void englishSaysOneDayAndTheSameDay() {
        assertEquals("the same day", count("catalog.days", EN, 0));
        assertEquals("1 day", count("catalog.days", EN, 1));
        assertEquals("12 days", count("catalog.days", EN, 12));
        assertEquals("1 step", count("card.package.stepCount", EN, 1));
        assertEquals("1 service", count("catalog.results", EN, 1));
        assertEquals("no services", count("catalog.results", EN, 0));
        assertEquals("The answer is due within 1 working day of submission.", count("desk_new.lead", EN, 1));
        assertEquals("once a year", count("card.frequencyPer", EN, 1, "year"));
        assertEquals("3 times a month", count("card.frequencyPer", EN, 3, "month"));
    }

    @Test
    void persianCountsInPersianDigits() {
        assertEquals("همان روز", count("catalog.days", FA, 0));
        assertEquals("۱۲ روز", count("catalog.days", FA, 12));
        assertEquals("۱٬۲۰۰ خدمت", count("catalog.results", FA, 1200));
        assertEquals("۳ بار در ماه", count("card.frequencyPer", FA, 3, "ماه"));
    }

    private static String count(String key, Locale locale, Object... arguments) {
        String pattern =
                ResourceBundle.getBundle("ir.portal.web.i18n.text", locale).getString(key);
        return Plurals.format(pattern, locale, arguments);
    }
}
