package ir.portal.accounts.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a map shows a counter office: an absolute {@code http} or {@code https} address with a host, so the
 * public page never links to something a browser would run ({@code javascript:}, {@code data:}) or to a host
 * disguised by a user name ({@code https://portal.example@elsewhere.example}).
 */
public record MapLink(String value) {

    /** The column's length. */
    public static final int LONGEST = 500;

    public MapLink {
        if (!isWebAddress(value)) {
            throw new IllegalArgumentException("Not an http or https address: " + value);
        }
    }

    /** The link a person typed (spaces around it do not count), or empty when it is not a web address. */
    public static Optional<MapLink> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String link = typed.strip();
        return isWebAddress(link) ? Optional.of(new MapLink(link)) : Optional.empty();
    }

    private static boolean isWebAddress(String link) {
        if (link == null
                || link.isEmpty()
                || link.length() > LONGEST
                || link.codePoints().anyMatch(MapLink::unsafe)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty()
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Spaces, control and direction characters have no place in an address a page links to. */
    private static boolean unsafe(int c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }

    @Override
    public String toString() {
        return value;
    }
}
