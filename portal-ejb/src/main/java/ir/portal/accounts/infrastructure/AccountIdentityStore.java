package ir.portal.accounts.infrastructure;

import ir.portal.accounts.application.SignedInCaller;
import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The container's identity store: it authenticates the callers that {@code SignIn} has already let in (password,
 * guessing limits, second factor), and gives the account's roles as the caller's groups, which the server maps
 * one to one onto roles. Any other credential, a user name and password included, is refused: there is no way
 * around {@code SignIn}.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountRepository accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof SignedInCaller caller)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return accounts.findByUsername(caller.username())
                .filter(Account::isActive)
                .map(account -> new CredentialValidationResult(account.getUsername(), account.roleNames()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
