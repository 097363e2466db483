package ir.portal.accounts.application;

import ir.portal.accounts.domain.AccountStatus;
import ir.portal.platform.security.Role;
import java.io.Serializable;

/**
 * Which accounts the admin's list shows; any part may be empty. {@code text} is a part of the name, user name,
 * national ID or mail address.
 */
public record AccountFilter(String text, Role role, String unitCode, AccountStatus status) implements Serializable {

    public static AccountFilter all() {
        return new AccountFilter(null, null, null, null);
    }
}
