package ir.portal.web;

import ir.portal.platform.security.Permissions;
import ir.portal.web.security.Rights;
import jakarta.servlet.http.HttpServletRequest;

/** Where each person starts after signing in: the landing of their first right ({@link Permissions#landing}). */
final class Landing {

    private Landing() {}

    static String pathFor(HttpServletRequest request) {
        return Permissions.landing(Rights.roles(request)).orElse("/");
    }
}
