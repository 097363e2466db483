package ir.portal.i18n;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Digits as people type and read them: Persian (۰-۹), Arabic-Indic (٠-٩) and Latin (0-9).
 */
public final class PersianDigits {

    private static final char PERSIAN_ZERO = '\u06F0';
    private static final char ARABIC_ZERO = '\u0660';

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

    private PersianDigits() {}

    /** Latin digits in place of Persian and Arabic ones, for parsing what a person typed. */
    public static String toLatin(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
                out.append((char) ('0' + (c - PERSIAN_ZERO)));
            } else if (c >= ARABIC_ZERO && c <= ARABIC_ZERO + 9) {
                out.append((char) ('0' + (c - ARABIC_ZERO)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A decimal number as people type it, in any digits, with {@code .} or the Persian decimal separator ({@code ٫})
     * and optionally the Persian thousands separator ({@code ٬}); empty where it is not one.
     */
    public static Optional<BigDecimal> decimal(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String latin = toLatin(typed)
                .strip()
                .replace('\u066B', '.')
                .replace("\u066C", "")
                .replace("\u2212", "-");
        if (!DECIMAL.matcher(latin).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(latin));
    }

    /** Persian digits in place of Latin and Arabic ones, for display in Persian. */
    public static String toPersian(CharSequence text) {
        String latin = toLatin(text);
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (PERSIAN_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }
}
