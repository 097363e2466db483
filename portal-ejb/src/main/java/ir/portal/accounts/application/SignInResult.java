package ir.portal.accounts.application;

import ir.portal.accounts.domain.AccountStatus;
import java.util.List;

/**
 * What one step of signing in came to. {@code username} is the account's name once the password was right;
 * {@code seconds} is the wait of {@link Outcome#WAIT} and {@link Outcome#LOCKED}; {@code reason} is the admin's,
 * for a rejected or disabled account.
 */
public record SignInResult(Outcome outcome, String username, long seconds, String reason, List<String> recoveryCodes) {

    public SignInResult(Outcome outcome, String username, long seconds, String reason) {
        this(outcome, username, seconds, reason, List.of());
    }

    public enum Outcome {
        /** Signed in: the caller may now be authenticated as the account. */
        SIGNED_IN,
        /** The password was right; the authenticator code comes next. */
        SECOND_FACTOR,
        /** The password was right; the account must enrol an authenticator app first (staff). */
        ENROL_SECOND_FACTOR,
        /** Wrong name or password, or a wrong code: the same answer for a name without an account. */
        WRONG,
        /** Too many failures from this client: try again after the wait, nothing was checked. */
        WAIT,
        /** Locked for this client after too many failures: the wait is the rest of the lock. */
        LOCKED,
        /** The right password, but the mail address waits for its link. */
        UNCONFIRMED,
        /** The right password, but the admin has not approved the account yet. */
        PENDING,
        /** The right password, but the admin rejected the registration. */
        REJECTED,
        /** The right password, but the account is disabled. */
        DISABLED
    }

    static SignInResult of(Outcome outcome) {
        return new SignInResult(outcome, null, 0, null);
    }

    static SignInResult waiting(long seconds, boolean locked) {
        return new SignInResult(locked ? Outcome.LOCKED : Outcome.WAIT, null, seconds, null);
    }

    static SignInResult refused(AccountStatus status, String reason) {
        return new SignInResult(Outcome.valueOf(status.name()), null, 0, reason);
    }

    static SignInResult next(Outcome outcome, String username) {
        return new SignInResult(outcome, username, 0, null);
    }
}
