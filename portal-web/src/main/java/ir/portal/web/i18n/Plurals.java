package ir.portal.web.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Bundle texts with a count in them, through ICU's message format, so each language says "1 day", "2 days" and
 * "the same day" its own way ({@code {0, plural, =0 {…} one {# day} other {# days}}}) and writes {@code #} in its
 * own digits (Persian digits in Persian).
 */
public final class Plurals {

    private Plurals() {}

    public static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(arguments);
    }
}
