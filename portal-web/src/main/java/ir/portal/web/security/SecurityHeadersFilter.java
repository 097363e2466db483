package ir.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.BiConsumer;

/**
 * The security headers of every response. The Content-Security-Policy is the one of {@code primefaces.CSP_POLICY}
 * (web.xml): on Faces pages PrimeFaces sends it with the response's nonce in {@code script-src}; every other
 * response (PDFs, downloads, the API, resources) gets it here, without a nonce, when it starts its body. Nothing may
 * frame the portal; over HTTPS the browser is told to keep to HTTPS.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String POLICY_HEADER = "Content-Security-Policy";

    private String policy;

    @Override
    public void init() {
        policy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        standardHeaders(request.isSecure(), response::setHeader);
        chain.doFilter(request, new PolicyUnlessSent(response, policy));
    }

    /** The headers every response carries but the policy; also those of a kept page served from memory. */
    public static void standardHeaders(boolean secure, BiConsumer<String, String> header) {
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "strict-origin-when-cross-origin");
        header.accept("X-Frame-Options", "DENY");
        if (secure) {
            header.accept("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** Sends the policy as the body starts, unless PrimeFaces has sent it with its nonce already. */
    private static final class PolicyUnlessSent extends HttpServletResponseWrapper {

        private final String policy;

        PolicyUnlessSent(HttpServletResponse response, String policy) {
            super(response);
            this.policy = policy;
        }

        private void ensurePolicy() {
            if (!containsHeader(POLICY_HEADER) && !isCommitted()) {
                setHeader(POLICY_HEADER, policy);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            ensurePolicy();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            ensurePolicy();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            ensurePolicy();
            super.flushBuffer();
        }
    }
}
