package ir.portal.identifiers;

import ir.portal.i18n.PersianDigits;

/**
 * What is left of a typed identifier once the things people put around the digits are gone. Citizens type on
 * Persian keyboards, group digits with spaces or dashes the way they are printed on cards and bills, and paste
 * from right-to-left pages that carry invisible direction marks; none of that is part of the identifier.
 */
final class TypedDigits {

    private TypedDigits() {}

    /**
     * The text with Latin digits in place of Persian and Arabic ones and without spaces, dashes and invisible
     * format characters; anything else stays, so that the caller's pattern refuses it.
     */
    static String clean(String typed) {
        String latin = PersianDigits.toLatin(typed);
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (!isFiller(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the text is non-empty and holds only the Latin digits 0-9, not any Unicode digit. */
    static boolean isLatinDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isFiller(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == '\u2212'
                || Character.getType(c) == Character.DASH_PUNCTUATION
                || Character.getType(c) == Character.FORMAT;
    }
}
