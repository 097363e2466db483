package ir.portal.accounts.application;

import ir.portal.platform.security.Role;
import java.util.Set;

/** A staff account the admin creates: it signs in first with the given password and must change it. */
public record StaffForm(
        String username, String displayName, String email, String unitCode, Set<Role> roles, String firstPassword) {

    @Override
    public String toString() {
        return "StaffForm[" + username + ", " + unitCode + ", " + roles + "]";
    }
}
