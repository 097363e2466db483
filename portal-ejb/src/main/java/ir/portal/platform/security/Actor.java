package ir.portal.platform.security;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.platform.errors.Refused;
import java.util.Collection;
import java.util.Set;

/**
 * Who is calling, as the service layer established it: the account (none for an anonymous visitor), its roles
 * and unit, the language the person reads, and the address the request came from (for the audit trail).
 */
public record Actor(Account account, Set<Role> roles, String language, String client) {

    public static Actor anonymous(String language, String client) {
        return new Actor(null, Set.of(), language, client);
    }

    public boolean isAnonymous() {
        return account == null;
    }

    public String username() {
        return account == null ? "anonymous" : account.getUsername();
    }

    public OrgUnit unit() {
        return account == null ? null : account.getUnit();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether the actor holds one of the roles. */
    public boolean hasAnyOf(Collection<Role> candidates) {
        return candidates.stream().anyMatch(roles::contains);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public boolean may(Right right) {
        return Permissions.allows(roles, right);
    }

    /** Refuses the call unless the actor holds the right. */
    public Actor require(Right right) {
        if (!may(right)) {
            throw new Refused(username() + " lacks " + right);
        }
        return this;
    }

    /** Whether the actor belongs to the unit, or holds the right that reaches every unit. */
    public boolean reaches(OrgUnit other, Right everyUnit) {
        return may(everyUnit) || other != null && other.equals(unit());
    }

    @Override
    public String toString() {
        return username();
    }
}
