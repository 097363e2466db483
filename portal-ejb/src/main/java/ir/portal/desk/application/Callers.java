package ir.portal.desk.application;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.Role;
import ir.portal.desk.domain.Actor;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns the container's caller into the desk's {@link Actor}: the account, its unit and the roles granted. */
@ApplicationScoped
public class Callers {

    @Inject
    AccountRepository accounts;

    public Actor actor(SessionContext context, String client) {
        String name = context.getCallerPrincipal().getName();
        Account account = accounts.findByUsername(name)
                .orElseThrow(() -> new EJBAccessException("No account for caller " + name));
        Set<String> roles = Arrays.stream(Role.values()).map(Role::roleName).filter(context::isCallerInRole)
                .collect(Collectors.toUnmodifiableSet());
        return new Actor(account, account.getUnit(), roles, client);
    }
}
