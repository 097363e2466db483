package ir.portal.web.i18n;

import ir.portal.accounts.application.MyAccount;
import ir.portal.web.security.LocalPath;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * The language switch: {@code /lang/en?back=/page} remembers the choice in a cookie for a year and returns to
 * the page; a signed-in person's account keeps it too. Only a path of this portal is followed back ({@link LocalPath}).
 */
@WebServlet("/lang/*")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MyAccount account;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!code.equals("fa") && !code.equals("en")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Cookie cookie = new Cookie(Language.COOKIE, code);
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        if (request.getUserPrincipal() != null) {
            // kept on the account too: the next sign-in elsewhere and the person's mail use it
            account.speak(code);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + LocalPath.orElse(request.getParameter("back"), "/"));
    }
}
