package ir.portal.web.pages;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which addresses are kept pages, and the key each is kept under: the language, the Tehran day (the pages show
 * today's date, and what is published changes with the days), the path and the query parameters the page knows.
 * An address with any other parameter, a parameter given twice, or a search ({@code q}) is not a kept page.
 */
final class PageKey {

    /** The query parameters of the kept pages. */
    private static final Set<String> KNOWN = Set.of(
            "kind",
            "unit",
            "page",
            "id",
            "type",
            "audience",
            "event",
            "level",
            "first",
            "size",
            "open",
            "month",
            "county",
            "code",
            "year");

    private static final Set<String> PAGES = Set.of(
            "/",
            "/index.xhtml",
            "/content/",
            "/content/index.xhtml",
            "/content/item.xhtml",
            "/content/calendar.xhtml",
            "/catalog/",
            "/catalog/index.xhtml",
            "/catalog/card.xhtml",
            "/track/",
            "/track/index.xhtml",
            "/contact.xhtml",
            "/newsletter/",
            "/newsletter/index.xhtml",
            "/offices.xhtml",
            "/outages.xhtml",
            "/statistics/",
            "/statistics/index.xhtml",
            "/statistics/series.xhtml",
            "/unit.xhtml",
            "/api/catalog/cards");

    private static final Pattern API_CARD = Pattern.compile("/api/catalog/cards/\\d{1,18}");

    private PageKey() {}

    /** The key of the page at {@code path}, or null where the address is not a kept page's. */
    static String of(
            String path, Map<String, ? extends Collection<String>> parameters, String language, LocalDate today) {
        if (!PAGES.contains(path) && !API_CARD.matcher(path).matches()) {
            return null;
        }
        Map<String, String> known = new TreeMap<>();
        for (Map.Entry<String, ? extends Collection<String>> parameter : parameters.entrySet()) {
            Collection<String> values = parameter.getValue();
            if (!KNOWN.contains(parameter.getKey()) || values.size() != 1) {
                return null;
            }
            String value = values.iterator().next();
            if (value.length() > 40) {
                return null;
            }
            if (!value.isEmpty()) {
                known.put(parameter.getKey(), value);
            }
        }
        return ("en".equals(language) ? "en" : "fa") + " " + today + " " + path + known;
    }
}
