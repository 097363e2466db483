package ir.portal.accounts.application;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountChanged;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.AccountStatus;
import ir.portal.accounts.domain.AccountToken;
import ir.portal.accounts.domain.TokenPurpose;
import ir.portal.identifiers.EmailAddress;
import ir.portal.identifiers.MobileNumber;
import ir.portal.identifiers.NationalId;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Digests;
import ir.portal.platform.security.Permissions;
import ir.portal.platform.security.Right;
import ir.portal.platform.throttle.Throttle;
import ir.portal.platform.throttle.ThrottleRule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A citizen's way in: registration, the mail link that confirms the address, and a new password by a mail link.
 * The answers never tell whether a national ID or a name has an account: a second registration of an ID gets the
 * same answer as the first (its owner is told by mail), and a reset for an unknown name looks like any other.
 * Each is throttled per client by the kernel's throttle.
 */
@Stateless
public class Registration {

    static final String CONFIRM_PATH = "/account/confirm.xhtml?token=";
    static final String RESET_PATH = "/account/new-password.xhtml?token=";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    AccountMail mail;

    @Inject
    SignInFailures failures;

    @Inject
    Throttle throttle;

    @Inject
    CurrentActor actors;

    @Inject
    Clock clock;

    @Inject
    Event<AccountChanged> changed;

    @Inject
    @ConfigProperty(name = "portal.registration.per-client-per-hour", defaultValue = "10")
    int registrationsPerHour;

    @Inject
    @ConfigProperty(name = "portal.reset.per-client-per-hour", defaultValue = "10")
    int resetsPerHour;

    /**
     * Registers a citizen, or, for a national ID that already has an account, tells its owner by mail; both end
     * the same way for the caller: "we sent you a mail".
     */
    public void register(RegistrationForm form) {
        Actor actor = actors.get();
        Problems problems = new Problems();
        Optional<NationalId> nationalId = NationalId.parse(form.nationalId());
        problems.addIf(blank(form.nationalId()), "nationalId", Problems.REQUIRED)
                .addIf(nationalId.isEmpty(), "nationalId", "desk.national-id.invalid");
        problems.addIf(blank(form.displayName()), "displayName", Problems.REQUIRED)
                .addIf(
                        form.displayName() != null && form.displayName().strip().length() > 200,
                        "displayName",
                        Problems.TOO_LONG);
        Optional<MobileNumber> mobile =
                Optional.ofNullable(form.mobile()).filter(m -> !m.isBlank()).flatMap(MobileNumber::parse);
        problems.addIf(!blank(form.mobile()) && mobile.isEmpty(), "mobile", "desk.mobile.invalid");
        Optional<EmailAddress> email = Optional.ofNullable(form.email()).flatMap(EmailAddress::parse);
        problems.addIf(blank(form.email()), "email", Problems.REQUIRED)
                .addIf(email.isEmpty(), "email", "desk.email.invalid");
        policy.check("password", form.password(), problems);
        problems.throwIfAny();
        throttle.check(new ThrottleRule("register", registrationsPerHour, Duration.ofHours(1)), actor.client());

        // the same hashing work whether or not the ID is known, so timing does not tell either
        String hash = hasher.hash(form.password().toCharArray());
        Instant now = clock.instant();
        Optional<Account> existing = accounts.findByNationalId(nationalId.get().value())
                .or(() -> accounts.findByUsername(nationalId.get().value()));
        if (existing.isPresent()) {
            Account owner = existing.get();
            mail.send(owner, "already", owner.getDisplayName(), mail.link("/account/reset.xhtml"));
            return;
        }
        Account account = Account.registered(
                nationalId.get(),
                hash,
                form.displayName().strip(),
                email.get().value(),
                mobile.orElse(null),
                form.language(),
                now);
        accounts.add(account);
        sendConfirmation(account, email.get().value(), now);
        changed.fire(new AccountChanged(account.getId(), "registered", actor));
    }

    /** Follows a mail-confirmation link: true when it worked (once, before it expired). */
    public boolean confirm(String token) {
        Instant now = clock.instant();
        Optional<AccountToken> found = usable(token, TokenPurpose.CONFIRM_MAIL, now);
        if (found.isEmpty()) {
            return false;
        }
        AccountToken link = found.get();
        link.use(now);
        Account account = link.getAccount();
        if (account.getStatus() == AccountStatus.UNCONFIRMED) {
            account.confirmMail();
            changed.fire(new AccountChanged(account.getId(), "confirmed", actors.get()));
            accounts.activeWith(Permissions.rolesWith(Right.ACCOUNTS_MANAGE))
                    .forEach(admin -> mail.send(
                            admin,
                            "waiting",
                            account.getDisplayName(),
                            mail.link("/admin/accounts.xhtml?status=PENDING")));
        } else {
            account.changeEmail(link.getEmail());
            changed.fire(new AccountChanged(account.getId(), "email-changed", actors.get()));
        }
        return true;
    }

    /**
     * Sends a reset link to the account of the name (a national ID or a staff user name) or mail address, if there
     * is one with a mail address; the caller is told the same either way.
     */
    public void requestReset(String typed) {
        Actor actor = actors.get();
        new Problems().addIf(blank(typed), "username", Problems.REQUIRED).throwIfAny();
        throttle.check(new ThrottleRule("reset", resetsPerHour, Duration.ofHours(1)), actor.client());
        String name = Usernames.of(typed);
        Optional<Account> account = accounts.findByUsername(name)
                .or(() -> EmailAddress.parse(typed).flatMap(e -> accounts.findByEmail(e.value())));
        String token = Digests.randomToken();
        String tokenHash = Digests.sha256(token);
        account.filter(a -> a.getEmail() != null).ifPresent(a -> {
            Instant now = clock.instant();
            accounts.retireTokens(a, TokenPurpose.RESET_PASSWORD, now);
            accounts.add(new AccountToken(tokenHash, a, TokenPurpose.RESET_PASSWORD, a.getEmail(), now));
            mail.send(a, "reset", a.getDisplayName(), mail.link(RESET_PATH + token));
        });
    }

    /** Whether a reset link still works, to show its form or say at once that it does not. */
    public boolean resetWorks(String token) {
        return usable(token, TokenPurpose.RESET_PASSWORD, clock.instant()).isPresent();
    }

    /**
     * Sets a new password by a reset link: false when the link is used or expired. Other sessions of the account
     * end, and the slowdowns and locks of its name are lifted.
     */
    public boolean resetPassword(String token, String newPassword) {
        Problems problems = new Problems();
        policy.check("password", newPassword, problems);
        problems.throwIfAny();
        Instant now = clock.instant();
        Optional<AccountToken> found = usable(token, TokenPurpose.RESET_PASSWORD, now);
        if (found.isEmpty()) {
            return false;
        }
        found.get().use(now);
        Account account = found.get().getAccount();
        account.changePassword(hasher.hash(newPassword.toCharArray()), false, now);
        failures.unlock(account.getUsername());
        changed.fire(new AccountChanged(account.getId(), "password-reset", actors.get()));
        return true;
    }

    /** Sends the link that confirms an address: at registration, or for a new address from the profile page. */
    public void sendConfirmation(Account account, String address, Instant now) {
        String token = Digests.randomToken();
        accounts.retireTokens(account, TokenPurpose.CONFIRM_MAIL, now);
        accounts.add(new AccountToken(Digests.sha256(token), account, TokenPurpose.CONFIRM_MAIL, address, now));
        mail.sendTo(account, address, "confirm", account.getDisplayName(), mail.link(CONFIRM_PATH + token));
    }

    private Optional<AccountToken> usable(String token, TokenPurpose purpose, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return accounts.findToken(Digests.sha256(token.strip()))
                .filter(t -> t.getPurpose() == purpose)
                .filter(t -> t.worksAt(now));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
