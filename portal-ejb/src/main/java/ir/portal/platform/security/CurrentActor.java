package ir.portal.platform.security;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The one way every feature learns who is calling: the container's caller (a web sign-in, or an EJB's run-as
 * identity), its account with roles and unit, the language, and the request's origin.
 */
@ApplicationScoped
public class CurrentActor {

    private static final String DEFAULT_LANGUAGE = "fa";

    @Inject
    Principal principal;

    @Inject
    AccountRepository accounts;

    @Inject
    RequestOrigin origin;

    /** The caller, anonymous when nobody signed in. */
    public Actor get() {
        Optional<Account> account = Optional.ofNullable(principal)
                .map(Principal::getName)
                .flatMap(accounts::findByUsername)
                .filter(Account::isActive);
        String client = originClient();
        String language = Optional.ofNullable(originLanguage())
                .or(() -> account.map(Account::getLanguage))
                .orElse(DEFAULT_LANGUAGE);
        return account.map(a -> new Actor(
                        a,
                        a.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.getRoles()),
                        language,
                        client))
                .orElseGet(() -> Actor.anonymous(language, client));
    }

    /** The caller, who must hold the right. */
    public Actor require(Right right) {
        return get().require(right);
    }

    private String originClient() {
        try {
            return origin.client();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private String originLanguage() {
        try {
            return origin.language();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
