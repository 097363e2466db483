package ir.portal.accounts.application;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountStatus;

/** What the profile page shows of the caller's own account. */
public record Profile(
        String username,
        String displayName,
        String nationalId,
        String email,
        String mobile,
        AccountStatus status,
        boolean secondFactor,
        int recoveryCodesLeft,
        boolean passwordChangeDue) {

    static Profile of(Account a) {
        return new Profile(
                a.getUsername(),
                a.getDisplayName(),
                a.getNationalId(),
                a.getEmail(),
                a.getMobile(),
                a.getStatus(),
                a.getTotpSecret() != null,
                a.getTotpSecret() == null ? 0 : a.recoveryCodesLeft(),
                a.isPasswordChangeDue());
    }
}
