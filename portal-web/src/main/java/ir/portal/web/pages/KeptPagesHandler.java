package ir.portal.web.pages;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import ir.portal.platform.pages.KeptPage;
import ir.portal.platform.pages.PublicPages;
import ir.portal.web.i18n.Language;
import ir.portal.web.security.SecurityHeadersFilter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Serves a kept page before the servlet chain, as the server's own file handler serves a file: an anonymous GET (no
 * session cookie: the portal signs people in by session) of a kept page's address is answered from memory with a
 * nonce of its own and the headers every response carries. Anything else, and a page not kept yet, goes on to the
 * servlets, where {@link KeptPagesFilter} renders and keeps it.
 */
final class KeptPagesHandler implements HttpHandler {

    static final String SESSION_COOKIE = "JSESSIONID";

    private static final HttpString MARK = new HttpString(KeptPagesFilter.MARK);

    private static final HttpString POLICY = new HttpString(SecurityHeadersFilter.POLICY_HEADER);

    /** A generator per thread: one shared SecureRandom is a lock every response would wait on. */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

    /** The kept pages and the organisation's day, once the deployment's filter has them (CDI is not here). */
    private static volatile PublicPages pages;

    private static volatile Supplier<LocalDate> today;

    private final HttpHandler next;

    KeptPagesHandler(HttpHandler next) {
        this.next = next;
    }

    static void serveFrom(PublicPages kept, Supplier<LocalDate> day) {
        today = day;
        pages = kept;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        PublicPages kept = pages;
        KeptPage page = kept == null
                        || !Methods.GET.equals(exchange.getRequestMethod())
                        || exchange.getRequestCookie(SESSION_COOKIE) != null
                ? null
                : find(kept, exchange);
        if (page == null) {
            next.handleRequest(exchange);
            return;
        }
        String nonce = nonce();
        HeaderMap headers = exchange.getResponseHeaders();
        SecurityHeadersFilter.standardHeaders(
                "https".equals(exchange.getRequestScheme()), (name, value) -> headers.put(new HttpString(name), value));
        headers.put(POLICY, page.policyWith(nonce));
        headers.put(MARK, "kept");
        headers.put(Headers.CONTENT_TYPE, page.contentType());
        List<byte[]> body = page.body();
        byte[] mark = nonce.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer[] buffers = new ByteBuffer[body.size() * 2 - 1];
        long length = 0;
        for (int i = 0; i < body.size(); i++) {
            if (i > 0) {
                buffers[2 * i - 1] = ByteBuffer.wrap(mark);
                length += mark.length;
            }
            buffers[2 * i] = ByteBuffer.wrap(body.get(i));
            length += body.get(i).length;
        }
        headers.put(Headers.CONTENT_LENGTH, length);
        exchange.getResponseSender().send(buffers);
    }

    private static KeptPage find(PublicPages kept, HttpServerExchange exchange) {
        Cookie language = exchange.getRequestCookie(Language.COOKIE);
        String key = PageKey.of(
                exchange.getRequestPath(),
                exchange.getQueryParameters(),
                language == null ? null : language.getValue(),
                today.get());
        return key == null ? null : kept.find(key).orElse(null);
    }

    /**
     * A nonce in PrimeFaces' own form, Base64 of a random UUID's text: PrimeFaces' CSP mode refuses a postback whose
     * nonce is not one (so a kept page's form, such as the newsletter's, posts back as a rendered one does).
     */
    static String nonce() {
        SecureRandom random = RANDOM.get();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // the IETF variant
        return Base64.getEncoder().encodeToString(new UUID(high, low).toString().getBytes(StandardCharsets.US_ASCII));
    }
}
