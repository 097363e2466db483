package ir.portal.web.visitors;

import ir.portal.platform.visitors.VisitorFigures;
import ir.portal.platform.visitors.Visitors;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code /visitors.json}: counts the visitor (a random id in a cookie of its own, no session) and answers the
 * figures of the widget: online now, the peak and its day, today, yesterday and the total. The page's script asks
 * for it, so the page around the widget is the same for everyone and can be kept.
 */
@WebServlet("/visitors.json")
public class VisitorsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String COOKIE = "portal_visitor";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Visitors visitors;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = visitor(request).orElseGet(() -> {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            String created = HexFormat.of().formatHex(bytes);
            Cookie cookie = new Cookie(COOKIE, created);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return created;
        });
        visitors.seen(id);
        VisitorFigures f = visitors.figures();
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write("{\"online\":" + f.online() + ",\"peak\":" + f.peak() + ",\"peakOn\":\"" + f.peakOn()
                        + "\",\"today\":" + f.today() + ",\"yesterday\":" + f.yesterday() + ",\"total\":" + f.total()
                        + "}");
    }

    private static Optional<String> visitor(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(c -> COOKIE.equals(c.getName()) && c.getValue().matches("[0-9a-f]{32}"))
                        .map(Cookie::getValue)
                        .findFirst();
    }
}
