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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the public pages once for anonymous visitors and keeps them ({@link PublicPages}, under {@link PageKey}):
 * {@link KeptPagesHandler} serves them from then on before the servlet chain, this filter where the handler did not
 * (the first requests of a deployment). Every response served from a kept page gets a nonce of its own in its policy
 * and its scripts, and the headers every response carries. A visitor who is signed in, an address that is not a kept
 * page's, and anything but a plain 200 pass by. Responses say {@code X-Portal-Page: kept} or {@code rendered}, for
 * the benchmark and the tests.
 */
@WebFilter(
        filterName = "keptPages",
        urlPatterns = {
            "/",
            "/index.xhtml",
            "/content/*",
            "/catalog/*",
            "/track/*",
            "/api/catalog/*",
            "/contact.xhtml",
            "/newsletter/*",
            "/offices.xhtml",
            "/outages.xhtml",
            "/statistics/*",
            "/unit.xhtml"
        })
public class KeptPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String MARK = "X-Portal-Page";

    private static final int MOST_BYTES = 2 * 1024 * 1024;

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    @Inject
    private PublicPages pages;

    @Inject
    private PortalClock clock;

    /** The policy of a response that has no nonce of its own (not a Faces page): SecurityHeadersFilter's. */
    private String plainPolicy;

    @Override
    public void init() {
        plainPolicy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
        KeptPagesHandler.serveFrom(pages, clock::today);
    }

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
        String sent = response.getHeader(SecurityHeadersFilter.POLICY_HEADER);
        String policy = sent == null ? plainPolicy : sent;
        String type = response.getContentType();
        if (captured.isKeepable()
                && policy != null
                && type != null
                && (type.startsWith("text/html") || type.startsWith("application/json"))
                && body.length <= MOST_BYTES) {
            pages.keep(key, page(type, policy, body));
        }
        if (body.length > 0) {
            response.getOutputStream().write(body);
        }
    }

    /** The page's key, or null where the request is not for a kept page. */
    private String key(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getUserPrincipal() != null
                || request.getRequestedSessionId() != null) {
            return null;
        }
        Map<String, List<String>> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return PageKey.of(
                request.getRequestURI(),
                parameters,
                Language.cookieValue(request).orElse(null),
                clock.today());
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
        String nonce = KeptPagesHandler.nonce();
        byte[] mark = nonce.getBytes(StandardCharsets.US_ASCII);
        SecurityHeadersFilter.standardHeaders(request.isSecure(), response::setHeader);
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
