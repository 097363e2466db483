package ir.portal.web.accounts;

import ir.portal.accounts.application.AccountSessions;
import ir.portal.accounts.application.SessionState;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;

/**
 * On every request of a signed-in session: a disabled account, or one whose sessions ended (a password change
 * elsewhere), loses the session at once and is sent to sign in; a first password the admin gave is changed before
 * anything else. The check is against the database, so it holds on every node of a cluster.
 */
@WebFilter(filterName = "accountSessions", urlPatterns = "/*")
public class AccountSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** When this session signed in (epoch milliseconds), or last renewed its right to go on. */
    public static final String SIGNED_IN_AT = "portal.signed-in-at";

    static final String PASSWORD_PAGE = "/me/password.xhtml";

    @Inject
    private AccountSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() == null || session == null) {
            chain.doFilter(request, response);
            return;
        }
        SessionState state = sessions.state(request.getUserPrincipal().getName());
        Object at = session.getAttribute(SIGNED_IN_AT);
        if (!state.allows(at instanceof Long millis ? Instant.ofEpochMilli(millis) : null)) {
            session.invalidate();
            request.logout();
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        String path = request.getServletPath();
        if (state.passwordChangeDue() && !mayGoBeforeThePasswordChange(path)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mayGoBeforeThePasswordChange(String path) {
        return path.equals(PASSWORD_PAGE)
                || path.equals(SignInFlow.CODES_PAGE)
                || path.startsWith("/jakarta.faces.resource")
                || path.startsWith("/resources/")
                || path.equals("/logout");
    }
}
