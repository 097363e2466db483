package ir.portal.web.pages;

import ir.portal.platform.pages.KeptPage;
import ir.portal.platform.pages.PublicPages;
import ir.portal.platform.time.PortalClock;
import ir.portal.web.i18n.Language;
import ir.portal.web.security.SecurityHeadersFilter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the public pages to anonymous visitors from memory ({@link PublicPages}): each page is rendered once per
 * address (its path and the query parameters it knows), language and Tehran day, and kept; every response served
 * from it gets a nonce of its own in its policy and its scripts, and the headers every response carries. A visitor
 * who is signed in, a request with a parameter the page does not know, a search ({@code q}), and anything but a
 * plain 200 pass by. Responses say {@code X-Portal-Page: kept} or {@code rendered}, for the benchmark and the tests.
 */
@WebFilter(
        filterName = "keptPages",
        urlPatterns = {"/", "/index.xhtml", "/content/*", "/catalog/*"})
public class KeptPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String MARK = "X-Portal-Page";

    /** The query parameters of the public pages; any other one means the address is not a page's. */
    private static final Set<String> KNOWN = Set.of("kind", "unit", "page", "id", "type", "audience", "event", "level");

    /** Pages of these paths only (a filter's pattern cannot say "the catalog's page but not its PDF"). */
    private static final Set<String> PAGES = Set.of(
            "/",
            "/index.xhtml",
            "/content/",
            "/content/index.xhtml",
            "/content/item.xhtml",
            "/catalog/",
            "/catalog/index.xhtml",
            "/catalog/card.xhtml");

    private static final int MOST_BYTES = 2 * 1024 * 1024;

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private PublicPages pages;

    @Inject
    private PortalClock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        KeptPage kept = pages.find(key).orElse(null);
        if (kept != null) {
            serve(kept, request, response);
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        response.setHeader(MARK, "rendered");
        chain.doFilter(request, captured);
        byte[] body = captured.body();
        String policy = response.getHeader(SecurityHeadersFilter.POLICY_HEADER);
        String type = response.getContentType();
        if (captured.isKeepable()
                && policy != null
                && type != null
                && type.startsWith("text/html")
                && body.length <= MOST_BYTES) {
            pages.keep(key, page(type, policy, body));
        }
        if (body.length > 0) {
            response.getOutputStream().write(body);
        }
    }

    /** The page's key, or null where the request is not for a kept page. */
    private String key(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() != null) {
            return null;
        }
        String path = request.getRequestURI();
        if (!PAGES.contains(path) || request.getRequestedSessionId() != null) {
            return null;
        }
        Map<String, String> known = new TreeMap<>();
        for (Enumeration<String> names = request.getParameterNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            String[] values = request.getParameterValues(name);
            if (!KNOWN.contains(name) || values.length != 1 || values[0].length() > 40) {
                return null;
            }
            if (!values[0].isEmpty()) {
                known.put(name, values[0]);
            }
        }
        return Language.cookieValue(request).filter("en"::equals).orElse("fa") + " " + clock.today() + " " + path
                + known;
    }

    /** The rendered page, cut where its nonce stood. */
    private static KeptPage page(String type, String policy, byte[] body) {
        Matcher nonce = NONCE.matcher(policy);
        if (!nonce.find()) {
            return new KeptPage(type, List.of(policy), List.of(body));
        }
        String value = nonce.group(1);
        List<String> policyParts = List.of(policy.split(Pattern.quote(value), -1));
        byte[] mark = value.getBytes(StandardCharsets.US_ASCII);
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int at = indexOf(body, mark, 0); at >= 0; at = indexOf(body, mark, from)) {
            parts.add(Arrays.copyOfRange(body, from, at));
            from = at + mark.length;
        }
        parts.add(Arrays.copyOfRange(body, from, body.length));
        return new KeptPage(type, policyParts, parts);
    }

    private static int indexOf(byte[] body, byte[] mark, int from) {
        outer:
        for (int i = from; i <= body.length - mark.length; i++) {
            for (int j = 0; j < mark.length; j++) {
                if (body[i + j] != mark[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void serve(KeptPage kept, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        byte[] mark = nonce.getBytes(StandardCharsets.US_ASCII);
        SecurityHeadersFilter.standardHeaders(request, response);
        response.setHeader(SecurityHeadersFilter.POLICY_HEADER, kept.policyWith(nonce));
        response.setHeader(MARK, "kept");
        response.setContentType(kept.contentType());
        int length = kept.body().stream().mapToInt(b -> b.length).sum()
                + mark.length * (kept.body().size() - 1);
        response.setContentLength(length);
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < kept.body().size(); i++) {
            if (i > 0) {
                out.write(mark);
            }
            out.write(kept.body().get(i));
        }
    }
}
