package ir.portal.desk.domain;

import java.util.Set;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.OrgUnit;

/**
 * Who acts on a request, as the service layer established it: the account, its unit, the roles the container
 * granted, and the address the request came from (for the audit trail).
 */
public record Actor(Account account, OrgUnit unit, Set<String> roles, String client) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return account.getRoles().stream().anyMatch(r -> r.isStaff());
    }
}
