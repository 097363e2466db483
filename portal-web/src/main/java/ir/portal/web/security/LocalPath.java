package ir.portal.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one rule for where the portal sends a person on to (back after the language switch, on after sign-in): a
 * path of this portal, never another host. Checked on the decoded value; what is written to the {@code Location}
 * header is plain ASCII, so that no character can turn into a {@code /} when the server writes it as bytes
 * (Undertow writes U+012F as the single byte 0x2F). Letters outside ASCII are percent-encoded as UTF-8; control,
 * format and space characters, backslashes and anything that would name a host are refused.
 */
public final class LocalPath {

    private static final String ASCII_ALLOWED = "-._~/?=&%+:;,@!$'()*";

    private LocalPath() {}

    /** The path as it may be written to a {@code Location} header, or empty when it is not a path of this portal. */
    public static Optional<String> of(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            return Optional.empty();
        }
        StringBuilder written = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                if (!Character.isLetterOrDigit(c) && ASCII_ALLOWED.indexOf(c) < 0) {
                    return Optional.empty();
                }
                written.append((char) c);
            } else if (refused(c)) {
                return Optional.empty();
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    written.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return Optional.of(written.toString());
    }

    /** The path, or the fallback when it is not a path of this portal. */
    public static String orElse(String path, String fallback) {
        return of(path).orElse(fallback);
    }

    private static boolean refused(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
