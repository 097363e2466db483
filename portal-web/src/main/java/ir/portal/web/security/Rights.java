package ir.portal.web.security;

import ir.portal.platform.security.Permissions;
import ir.portal.platform.security.Right;
import ir.portal.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the signed-in person may do, for the views: {@code #{may.CARDS_PUBLISH}} is true when one of their roles
 * holds the right in {@link Permissions}. Views ask for rights, never for roles.
 */
@ApplicationScoped
public class Rights {

    @Inject
    HttpServletRequest request;

    @Produces
    @Named("may")
    @RequestScoped
    public Map<String, Boolean> may() {
        Set<Right> held = Permissions.of(roles(request));
        Map<String, Boolean> may = new HashMap<>();
        for (Right right : Right.values()) {
            may.put(right.name(), held.contains(right));
        }
        return may;
    }

    /** The roles the container granted to the person of this request. */
    public static Set<Role> roles(HttpServletRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (request.getUserPrincipal() != null) {
            for (Role role : Role.values()) {
                if (request.isUserInRole(role.roleName())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
