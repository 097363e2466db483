package ir.portal.accounts.application;

import java.util.Optional;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** What signed-in callers may know about their own account; only ever the caller's own. */
@Stateless
@PermitAll
public class MyAccount {

    @Resource
    private SessionContext context;

    @Inject
    private AccountRepository accounts;

    /** The caller's name as people read it; empty for an anonymous caller. */
    public Optional<String> displayName() {
        return accounts.findByUsername(context.getCallerPrincipal().getName()).map(Account::getDisplayName);
    }
}
