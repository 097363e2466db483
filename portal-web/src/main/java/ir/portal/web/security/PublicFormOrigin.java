package ir.portal.web.security;

import ir.portal.platform.security.PortalOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cross-site request forgery on the public forms (sign-in, its second step, registration, reset, the mail
 * links): a post is answered 403 unless its {@code Origin}, or its {@code Referer} when a browser sent no
 * origin, is the portal's own ({@code portal.base-url}). There is no per-visitor token, so these pages stay
 * stateless and cacheable; every browser of the last years sends {@code Origin} on a form post.
 */
@WebFilter(
        filterName = "publicFormOrigin",
        urlPatterns = {"/login.xhtml", "/login-code.xhtml", "/login-enrol.xhtml", "/account/*"})
public class PublicFormOrigin extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortalOrigin portal;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return portal.isOwn(origin != null && !origin.equals("null") ? origin : request.getHeader("Referer"));
    }
}
