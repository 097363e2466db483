package ir.portal.web.admin.catalog;

import ir.portal.catalog.application.CardRow;
import ir.portal.catalog.application.CatalogService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code /admin/catalog/}: the cards the signed-in member of staff works on, paged in the database. */
@Named
@ViewScoped
public class CardsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalog;

    private final LazyDataModel<CardRow> cards = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) catalog.list(0, 1).total();
        }

        @Override
        public List<CardRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return catalog.list(first, pageSize).items();
        }

        @Override
        public String getRowKey(CardRow row) {
            return Long.toString(row.id());
        }
    };

    public LazyDataModel<CardRow> getCards() {
        return cards;
    }
}
