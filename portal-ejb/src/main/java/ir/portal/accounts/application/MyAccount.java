package ir.portal.accounts.application;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountChanged;
import ir.portal.identifiers.EmailAddress;
import ir.portal.identifiers.MobileNumber;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.CurrentActor;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What signed-in callers may know about and change in their own account; only ever the caller's own. */
@Stateless
public class MyAccount {

    @Inject
    CurrentActor actors;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    Registration registration;

    @Inject
    SecondFactor secondFactor;

    @Inject
    Clock clock;

    @Inject
    Event<AccountChanged> changed;

    /** The caller's own data, for the profile page. */
    public Optional<Profile> profile() {
        return Optional.ofNullable(actors.get().account()).map(Profile::of);
    }

    /**
     * A new password for the caller, who gives the current one; the caller's other sessions end (this one goes on,
     * the web layer renews its id).
     */
    public void changePassword(String current, String newPassword) {
        Account account = signedIn();
        Problems problems = new Problems();
        problems.addIf(current == null || current.isEmpty(), "current", Problems.REQUIRED);
        if (!problems.has("current") && !account.hasPassword(current.toCharArray(), hasher::matches)) {
            problems.add("current", "accounts.password.current-wrong");
        }
        policy.check("password", newPassword, problems);
        problems.addIf(!problems.has("password") && newPassword.equals(current), "password", "accounts.password.same");
        problems.throwIfAny();
        account.changePassword(hasher.hash(newPassword.toCharArray()), false, clock.instant());
        changed.fire(new AccountChanged(account.getId(), "password-changed", actors.get()));
    }

    /** A new mobile number, or none. */
    public void changeMobile(String typed) {
        Account account = signedIn();
        Optional<MobileNumber> mobile =
                Optional.ofNullable(typed).filter(t -> !t.isBlank()).flatMap(MobileNumber::parse);
        new Problems()
                .addIf(typed != null && !typed.isBlank() && mobile.isEmpty(), "mobile", "desk.mobile.invalid")
                .throwIfAny();
        String before = account.getMobile();
        account.changeMobile(mobile.orElse(null));
        changed.fire(new AccountChanged(
                account.getId(),
                "mobile-changed",
                List.of(new FieldChange("mobile", before, account.getMobile())),
                actors.get()));
    }

    /** A new mail address takes effect once the link mailed to it is followed. */
    public void changeEmail(String typed) {
        Account account = signedIn();
        Optional<EmailAddress> email = Optional.ofNullable(typed).flatMap(EmailAddress::parse);
        new Problems()
                .addIf(typed == null || typed.isBlank(), "email", Problems.REQUIRED)
                .addIf(email.isEmpty(), "email", "desk.email.invalid")
                .throwIfAny();
        registration.sendConfirmation(account, email.get().value(), clock.instant());
    }

    /**
     * A citizen turns two-factor sign-in on: the code typed shows their app has the secret; gives the recovery
     * codes to show once. A wrong code keeps nothing.
     */
    public List<String> turnOnSecondFactor(String secret, String code) {
        Account account = signedIn();
        List<String> codes = secondFactor
                .confirm(account.getUsername(), secret, code)
                .orElseThrow(() -> new InvalidInput(Map.of("code", "accounts.code.wrong")));
        changed.fire(new AccountChanged(account.getId(), "second-factor-enrolled", actors.get()));
        return codes;
    }

    private Account signedIn() {
        Account account = actors.get().account();
        if (account == null) {
            throw new Refused("anonymous has no account");
        }
        return account;
    }

    /** The caller's name as people read it; empty for an anonymous caller. */
    public Optional<String> displayName() {
        return Optional.ofNullable(actors.get().account()).map(Account::getDisplayName);
    }

    /** Keeps the language the caller chose on their account; nothing for an anonymous caller. */
    public void speak(String language) {
        Optional.ofNullable(actors.get().account()).ifPresent(account -> account.speak(language));
    }
}
