package ir.portal.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Text as search compares it. Persian is typed many ways: Arabic or Persian yeh and kaf, Persian, Arabic or Latin
 * digits, a zero-width non-joiner, a space or nothing between the parts of a word. Normalised text has one form
 * of each letter, Latin digits, lower case and no spaces at all, so that every way of typing a word matches.
 */
public final class PersianText {

    private PersianText() {}

    /** The searchable form of a text: letters unified, digits Latin, no diacritics, no spaces. */
    public static String normalize(CharSequence text) {
        if (text == null) {
            return "";
        }
        String latinDigits = PersianDigits.toLatin(text);
        StringBuilder out = new StringBuilder(latinDigits.length());
        for (int i = 0; i < latinDigits.length(); i++) {
            char c = latinDigits.charAt(i);
            switch (c) {
                case '\u064A', '\u0649', '\u06D2' -> out.append('\u06CC'); // Arabic yeh, alef maksura -> Persian yeh
                case '\u0643' -> out.append('\u06A9'); // Arabic kaf -> Persian kaf
                case '\u0629', '\u06C0' -> out.append('\u0647'); // teh marbuta, heh with yeh -> heh
                case '\u0623', '\u0625', '\u0622', '\u0671' -> out.append('\u0627'); // alef forms -> alef
                case '\u0624' -> out.append('\u0648'); // waw with hamza -> waw
                default -> {
                    if (!Character.isWhitespace(c) && !ignorable(c)) {
                        out.append(Character.toLowerCase(c));
                    }
                }
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The words of a search query, each normalised; empty words dropped. */
    public static List<String> terms(String query) {
        if (query == null) {
            return List.of();
        }
        String spaced = query.replace('\u200C', ' ');
        return Arrays.stream(spaced.split("[\\s\\p{Punct}\u060C\u061B\u061F]+"))
                .map(PersianText::normalize)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    private static boolean ignorable(char c) {
        return c == '\u200C'
                || c == '\u200B'
                || c == '\u200D'
                || c == '\u200E'
                || c == '\u200F'
                || c == '\uFEFF'
                || c == '\u0640' // tatweel
                || (c >= '\u064B' && c <= '\u065F') // harakat
                || c == '\u0670'; // superscript alef
    }
}
