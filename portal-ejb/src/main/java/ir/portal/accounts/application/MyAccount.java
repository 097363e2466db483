package ir.portal.accounts.application;

import ir.portal.accounts.domain.Account;
import ir.portal.platform.security.CurrentActor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** What signed-in callers may know about and change in their own account; only ever the caller's own. */
@Stateless
public class MyAccount {

    @Inject
    CurrentActor actors;

    /** The caller's name as people read it; empty for an anonymous caller. */
    public Optional<String> displayName() {
        return Optional.ofNullable(actors.get().account()).map(Account::getDisplayName);
    }

    /** Keeps the language the caller chose on their account; nothing for an anonymous caller. */
    public void speak(String language) {
        Optional.ofNullable(actors.get().account()).ifPresent(account -> account.speak(language));
    }
}
