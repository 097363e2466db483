package ir.portal.web.admin;

import ir.portal.accounts.application.AccountAdministration;
import ir.portal.accounts.application.AccountView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The accounts list of the console: paged and sorted in the database. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministration administration;

    private final LazyDataModel<AccountView> accounts = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.count();
        }

        @Override
        public List<AccountView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return administration.page(
                    first,
                    pageSize,
                    sort == null ? "username" : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(AccountView account) {
            return Long.toString(account.id());
        }
    };

    public LazyDataModel<AccountView> getAccounts() {
        return accounts;
    }
}
