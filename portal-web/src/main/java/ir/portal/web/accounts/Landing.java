package ir.portal.web.accounts;

import ir.portal.accounts.domain.Role;
import ir.portal.accounts.domain.Roles;
import jakarta.servlet.http.HttpServletRequest;

/** Where each role starts after signing in. */
final class Landing {

    private Landing() {
    }

    static String pathFor(HttpServletRequest request) {
        if (request.isUserInRole(Roles.ADMIN)) {
            return "/admin/";
        }
        if (request.isUserInRole(Roles.IT_OPERATOR)) {
            return "/admin/jobs.xhtml";
        }
        if (request.isUserInRole(Roles.COMMITTEE)) {
            return "/committee/";
        }
        for (Role role : Role.values()) {
            if (role.isStaff() && request.isUserInRole(role.roleName())) {
                return "/admin/";
            }
        }
        return request.isUserInRole(Roles.CITIZEN) ? "/my/" : "/";
    }
}
