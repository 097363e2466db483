package ir.portal.accounts.application;

import ir.portal.accounts.domain.AccountStatus;
import ir.portal.platform.security.Role;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One row of the accounts list, as the console shows it. */
public record AccountView(
        long id,
        long version,
        String username,
        String displayName,
        String nationalId,
        String email,
        String unitCode,
        String unitFa,
        String unitEn,
        List<Role> roles,
        AccountStatus status,
        String statusReason,
        boolean locked,
        boolean secondFactor,
        Instant createdAt)
        implements Serializable {

    /** The row as the list query reads it, before its roles and locks are added. */
    public AccountView(
            long id,
            long version,
            String username,
            String displayName,
            String nationalId,
            String email,
            String unitCode,
            String unitFa,
            String unitEn,
            AccountStatus status,
            String statusReason,
            String totpSecret,
            Instant createdAt) {
        this(
                id,
                version,
                username,
                displayName,
                nationalId,
                email,
                unitCode,
                unitFa,
                unitEn,
                List.of(),
                status,
                statusReason,
                false,
                totpSecret != null,
                createdAt);
    }

    AccountView with(List<Role> theRoles, boolean isLocked) {
        return new AccountView(
                id,
                version,
                username,
                displayName,
                nationalId,
                email,
                unitCode,
                unitFa,
                unitEn,
                theRoles,
                status,
                statusReason,
                isLocked,
                secondFactor,
                createdAt);
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }
}
