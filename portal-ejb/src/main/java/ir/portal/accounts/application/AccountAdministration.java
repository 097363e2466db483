package ir.portal.accounts.application;

import ir.portal.accounts.domain.AccountRepository;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The administrator's view of all accounts. Only {@code admin} may call it: the check is here, not only in
 * the view.
 */
@Stateless
@Requires(Right.ACCOUNTS_MANAGE)
public class AccountAdministration {

    @Inject
    private AccountRepository accounts;

    public List<AccountView> page(int first, int size, String sortField, boolean ascending) {
        return accounts.page(first, size, sortField, ascending).stream()
                .map(AccountView::of)
                .toList();
    }

    public long count() {
        return accounts.count();
    }
}
