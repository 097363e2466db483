package ir.portal.accounts.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.util.List;

/**
 * Something happened to an account: registered, confirmed, approved, rejected, disabled, enabled, unlocked,
 * assigned, created, its password or mail changed. {@code what} is the verb of the action's name.
 */
public record AccountChanged(long accountId, String what, List<FieldChange> changes, Actor actor) implements Audited {

    public AccountChanged(long accountId, String what, Actor actor) {
        this(accountId, what, List.of(), actor);
    }

    @Override
    public String action() {
        return "accounts.account." + what;
    }

    @Override
    public String subject() {
        return "Account:" + accountId;
    }
}
