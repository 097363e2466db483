package ir.portal.web.errors;

import ir.portal.platform.security.RequestOrigin;
import ir.portal.web.i18n.Language;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Every request: tells the services where it came from and the reader's language (for the audit trail and the
 * current actor), and answers a refusal that reached it from a servlet (a file, a PDF) with the 404 or 403 page
 * instead of a 500. Pages go through {@link PortalExceptionHandler} first.
 *
 * <p>The address is the one the server saw, not X-Forwarded-For, which anyone can send: behind a balancer, the
 * listener's proxy-address-forwarding puts the client's address here.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RefusalFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.set(
                request.getRemoteAddr(),
                Language.cookieValue(request).filter("en"::equals).orElse("fa"));
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            Optional<Integer> status = Failures.refusalStatus(e);
            if (status.isEmpty() || response.isCommitted()) {
                throw e;
            }
            response.sendError(status.get());
        }
    }
}
