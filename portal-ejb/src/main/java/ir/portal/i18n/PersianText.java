package ir.portal.i18n;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text as search compares it. Persian is typed many ways: Arabic or Persian yeh and kaf, Persian, Arabic or Latin
 * digits, a zero-width non-joiner, a space or nothing between the parts of a word. Normalised text has one form
 * of each letter, Latin digits, lower case and no spaces at all, so that every way of typing a word matches.
 */
public final class PersianText {

    /** The longest word {@link #words} keeps; a longer one is kept as its beginning. */
    public static final int WORD_LENGTH = 64;

    /** What separates words: white space, punctuation and the Persian comma, semicolon and question mark. */
    private static final String SEPARATORS = "[\\s\\p{Punct}\u060C\u061B\u061F]+";

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
        return Arrays.stream(spaced.split(SEPARATORS))
                .map(PersianText::normalize)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    /**
     * The beginnings of {@link #words} a search query looks for: its {@link #terms}, no longer than a kept word; a
     * single letter ("ی" of "شماره‌ی") only when the query has nothing longer, since nearly every word has it.
     */
    public static List<String> prefixes(String query) {
        List<String> terms = terms(query).stream()
                .map(t -> t.length() > WORD_LENGTH ? t.substring(0, WORD_LENGTH) : t)
                .distinct()
                .toList();
        List<String> telling = terms.stream()
                .filter(t -> t.length() > 1 || Character.isDigit(t.charAt(0)))
                .toList();
        return telling.isEmpty() ? terms : telling;
    }

    /**
     * The words of a text as the site search keeps them, each normalised and at most {@value #WORD_LENGTH}
     * characters: a word written with a zero-width non-joiner ("خاموشی‌ها") is kept whole ("خاموشیها") and as its
     * parts ("خاموشی", "ها"), so that it is found typed with nothing, a ZWNJ or a space between them.
     */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String token : text.split(SEPARATORS)) {
            add(words, token);
            if (token.indexOf('\u200C') >= 0) {
                for (String part : token.split("\u200C")) {
                    add(words, part);
                }
            }
        }
        return words;
    }

    private static void add(Set<String> words, String token) {
        String word = normalize(token);
        if (!word.isEmpty()) {
            words.add(word.length() > WORD_LENGTH ? word.substring(0, WORD_LENGTH) : word);
        }
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
