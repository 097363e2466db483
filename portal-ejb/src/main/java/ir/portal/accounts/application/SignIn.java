package ir.portal.accounts.application;

import ir.portal.accounts.application.SignInResult.Outcome;
import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountChanged;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.AccountStatus;
import ir.portal.accounts.domain.SignInFailure.Wait;
import ir.portal.platform.errors.TooManyAttempts;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.throttle.Throttle;
import ir.portal.platform.throttle.ThrottleRule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing in, step by step, so that it resists guessing and tells nobody which names have accounts.
 *
 * <p>Before any password is checked: a client that failed too often for the name waits (a delay that doubles,
 * then a lock for that client only), and no client gets more password checks a minute than the settings allow,
 * so a flood cannot take the CPU from everyone else. A name without an account costs one hash, as a wrong
 * password does, and gets the same answer. Only after the right password does the answer say why an account
 * may not sign in yet. Staff, and citizens who turned it on, then give an authenticator code
 * ({@link SecondFactor}).
 */
@Stateless
public class SignIn {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInFailures failures;

    @Inject
    SecondFactor secondFactor;

    @Inject
    Throttle throttle;

    @Inject
    CurrentActor actors;

    @Inject
    Event<AccountChanged> changed;

    @Inject
    @ConfigProperty(name = "portal.sign-in.checks-per-minute", defaultValue = "30")
    int checksPerMinute;

    /** The first step: the name (a citizen's national ID, in any digits) and the password. */
    public SignInResult password(String typedName, char[] password) {
        String username = Usernames.of(typedName);
        String client = client();
        Optional<Wait> wait = failures.waitFor(username, client);
        if (wait.isPresent()) {
            return SignInResult.waiting(wait.get().seconds(), wait.get().locked());
        }
        try {
            throttle.check(new ThrottleRule("sign-in", checksPerMinute, Duration.ofMinutes(1)), client);
        } catch (TooManyAttempts e) {
            return SignInResult.waiting(e.retryAfterSeconds(), false);
        }
        Optional<Account> account = accounts.findByUsername(username);
        boolean right = account.isPresent()
                ? account.get().hasPassword(password, hasher::matches)
                : hasher.matchesNobody(password);
        if (!right) {
            return failed(username, client);
        }
        failures.succeeded(username, client);
        Account a = account.get();
        if (a.getStatus() != AccountStatus.ACTIVE) {
            return SignInResult.refused(a.getStatus(), a.getStatusReason());
        }
        if (a.getTotpSecret() != null) {
            return SignInResult.next(Outcome.SECOND_FACTOR, a.getUsername());
        }
        return SignInResult.next(
                a.needsSecondFactor() ? Outcome.ENROL_SECOND_FACTOR : Outcome.SIGNED_IN, a.getUsername());
    }

    /**
     * The second step, for a name whose password was right a moment ago (the web layer keeps it): an
     * authenticator code or one of the recovery codes. Wrong codes count as failed sign-ins.
     */
    public SignInResult code(String username, String code) {
        String client = client();
        Optional<Wait> wait = failures.waitFor(username, client);
        if (wait.isPresent()) {
            return SignInResult.waiting(wait.get().seconds(), wait.get().locked());
        }
        if (!secondFactor.accepts(username, code)) {
            return failed(username, client);
        }
        failures.succeeded(username, client);
        return SignInResult.next(Outcome.SIGNED_IN, username);
    }

    /**
     * Enrols the authenticator app of a name whose password was right a moment ago, once the code typed shows the
     * app has the secret; signed in, with the recovery codes to show once. A wrong code keeps nothing and counts
     * as a failed sign-in.
     */
    public SignInResult enrol(String username, String secret, String code) {
        String client = client();
        Optional<Wait> wait = failures.waitFor(username, client);
        if (wait.isPresent()) {
            return SignInResult.waiting(wait.get().seconds(), wait.get().locked());
        }
        Optional<List<String>> codes = secondFactor.confirm(username, secret, code);
        if (codes.isEmpty()) {
            return failed(username, client);
        }
        failures.succeeded(username, client);
        changed.fire(new AccountChanged(
                accounts.findByUsername(username).orElseThrow().getId(), "second-factor-enrolled", actors.get()));
        return new SignInResult(Outcome.SIGNED_IN, username, 0, null, codes.get());
    }

    private SignInResult failed(String username, String client) {
        return failures.failed(username, client)
                .map(w -> new SignInResult(w.locked() ? Outcome.LOCKED : Outcome.WRONG, null, w.seconds(), null))
                .orElseGet(() -> SignInResult.of(Outcome.WRONG));
    }

    private String client() {
        return Throttle.clientKey(actors.get().client());
    }
}
