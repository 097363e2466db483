package ir.portal.web.catalog;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import ir.portal.i18n.JalaliDate;
import ir.portal.i18n.PersianDigits;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.web.i18n.Dates;
import ir.portal.web.i18n.Plurals;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The words of the printable card in the reader's language: the bundle's texts, the labels of the form's lists,
 * lists of lines, numbers and amounts in Persian or Latin digits, Jalali dates, and the dash for what a card leaves
 * empty.
 */
final class CardPdfText {

    private final Locale locale;
    private final ResourceBundle text;
    private final String lang;
    private final boolean rtl;

    CardPdfText(Locale locale) {
        this.locale = locale;
        this.text = ResourceBundle.getBundle("ir.portal.web.i18n.text", locale);
        this.lang = locale.getLanguage();
        this.rtl = !"en".equals(lang);
    }

    String language() {
        return lang;
    }

    boolean isRtl() {
        return rtl;
    }

    String get(String key) {
        return text.getString(key);
    }

    /** Adds a line "label: part" to the value when the part is there. */
    void append(StringBuilder value, String key, String part, boolean present) {
        if (present) {
            value.append('\n').append(text.getString(key)).append(": ").append(part);
        }
    }

    String lines(LocalizedText value, boolean numbered) {
        List<String> lines = value.lines(lang);
        if (lines.isEmpty()) {
            return none();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "" : "\n")
                    .append(numbered ? digits(i + 1) + ". " : "• ")
                    .append(lines.get(i));
        }
        return out.toString();
    }

    String labels(String prefix, Collection<? extends Enum<?>> values) {
        return values.isEmpty()
                ? none()
                : values.stream().map(v -> label(prefix, v)).collect(Collectors.joining("، "));
    }

    String label(String prefix, Enum<?> value) {
        return text.getString(prefix + value.name());
    }

    String format(String key, Object... arguments) {
        return Plurals.format(text.getString(key), locale, arguments);
    }

    String date(Instant instant) {
        return instant == null
                ? none()
                : JalaliDate.format(instant.atZone(Dates.ZONE).toLocalDate(), locale);
    }

    String amount(Number value) {
        return NumberFormat.getInstance(rtl ? new ULocale("fa_IR") : ULocale.ENGLISH)
                .format(value);
    }

    String digits(Object value) {
        return rtl ? PersianDigits.toPersian(String.valueOf(value)) : String.valueOf(value);
    }

    String orNone(String value) {
        return value == null || value.isBlank() ? none() : value;
    }

    String none() {
        return text.getString("card.none");
    }
}
