package ir.portal.web.i18n;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import ir.portal.i18n.JalaliDate;
import ir.portal.i18n.PersianDigits;
import ir.portal.platform.time.PortalClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates and numbers for display in the reader's language: Jalali, with Persian digits in Persian.
 */
@Named
@RequestScoped
public class Dates {

    /** The zone of the dates shown, for the PDFs written outside a request; pages ask the portal's clock. */
    public static final ZoneId ZONE = PortalClock.DEFAULT_ZONE;

    @Inject
    private Language language;

    @Inject
    private PortalClock clock;

    public String getToday() {
        return JalaliDate.format(clock.today(), language.getLocale());
    }

    /** A moment as Jalali date and time, e.g. 1405/09/05 14:03. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(clock.getZone());
        String text =
                JalaliDate.of(local.toLocalDate()) + String.format(" %02d:%02d", local.getHour(), local.getMinute());
        return number(text);
    }

    /** A moment's day, written out: "۵ آذر ۱۴۰۵". */
    public String date(Instant instant) {
        return instant == null
                ? ""
                : JalaliDate.format(instant.atZone(clock.getZone()).toLocalDate(), language.getLocale());
    }

    /** A day, written out in the reader's calendar words: "۱۲ آذر ۱۴۰۵". */
    public String day(LocalDate date) {
        return date == null ? "" : JalaliDate.format(date, language.getLocale());
    }

    /** A Jalali month given as {@code year * 100 + month}, written out: "آذر ۱۴۰۵". */
    public String month(int yearMonth) {
        return JalaliDate.formatMonth(
                new JalaliDate(yearMonth / 100, yearMonth % 100, 1).toLocalDate(), language.getLocale());
    }

    /** A day in the reader's calendar words with its Gregorian date beside it: "۳۰ آذر ۱۴۰۵ (۲۱ دسامبر ۲۰۲۶)". */
    public String dayAndGregorian(LocalDate date) {
        return date == null ? "" : day(date) + " (" + JalaliDate.formatGregorian(date, language.getLocale()) + ")";
    }

    /** A bundle text that counts something ({@link Plurals}): "۳ روز", "1 day", "the same day". */
    public String count(String key, Number number) {
        return Plurals.format(Texts.text(key), language.getLocale(), number);
    }

    /** Like {@link #count}, with a second thing put in: "twice a year". */
    public String countOf(String key, Number number, String what) {
        return Plurals.format(Texts.text(key), language.getLocale(), number, what);
    }

    /** A number grouped by thousands in the reader's digits: ۲٬۰۰۰٬۰۰۰ or 2,000,000. */
    public String amount(Number value) {
        if (value == null) {
            return "";
        }
        return NumberFormat.getInstance(language.isRightToLeft() ? new ULocale("fa_IR") : ULocale.ENGLISH)
                .format(value);
    }

    /** Digits in the reader's script; nothing for a value that is not there. */
    public String number(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        return language.isRightToLeft() ? PersianDigits.toPersian(text) : text;
    }

    /** A file's size as people read it: bytes under a kilobyte, then whole kilobytes, then megabytes to a tenth. */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return MessageFormat.format(Texts.text("size.bytes"), amount(bytes));
        }
        if (bytes < 1024 * 1024) {
            return MessageFormat.format(Texts.text("size.kilobytes"), amount(Math.round(bytes / 1024.0)));
        }
        return MessageFormat.format(Texts.text("size.megabytes"), amount(Math.round(bytes / 104857.6) / 10.0));
    }
}
