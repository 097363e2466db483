package ir.portal.accounts.infrastructure;

import ir.portal.accounts.application.PasswordHasher;
import ir.portal.accounts.domain.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.logging.Logger;

/**
 * The login checks passwords against the portal's own account table; the account's roles become the caller's
 * groups, which the server maps one to one onto roles.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username =
                credential.getCaller() == null ? "" : credential.getCaller().strip();
        return accounts.findByUsername(username)
                .filter(account ->
                        account.acceptsPassword(credential.getPassword().getValue(), hasher::matches))
                .map(account -> new CredentialValidationResult(account.getUsername(), account.roleNames()))
                .orElseGet(() -> {
                    LOG.fine(() -> "Refused sign-in for " + username);
                    return CredentialValidationResult.INVALID_RESULT;
                });
    }
}
