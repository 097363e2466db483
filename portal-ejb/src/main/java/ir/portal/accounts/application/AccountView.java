package ir.portal.accounts.application;

import ir.portal.accounts.domain.Account;
import ir.portal.platform.security.Role;
import java.time.Instant;
import java.util.List;

/**
 * One row of the accounts list, as the console shows it.
 */
public record AccountView(
        long id,
        String username,
        String displayName,
        String unitFa,
        String unitEn,
        List<Role> roles,
        boolean enabled,
        Instant createdAt) {

    static AccountView of(Account a) {
        return new AccountView(
                a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getUnit() == null ? null : a.getUnit().getNameFa(),
                a.getUnit() == null ? null : a.getUnit().getNameEn(),
                a.getRoles().stream().sorted().toList(),
                a.isEnabled(),
                a.getCreatedAt());
    }
}
