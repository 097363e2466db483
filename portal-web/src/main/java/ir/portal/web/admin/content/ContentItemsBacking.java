package ir.portal.web.admin.content;

import ir.portal.content.application.ContentService;
import ir.portal.content.domain.ContentKind;
import ir.portal.content.domain.ContentRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code /admin/content/}: the items the signed-in member of staff works on, of one kind or all, paged in the database. */
@Named
@ViewScoped
public class ContentItemsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContentService content;

    private ContentKind kind;

    private final LazyDataModel<ContentRow> items = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) content.list(kind, 0, 1).total();
        }

        @Override
        public List<ContentRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return content.list(kind, first, pageSize).items();
        }

        @Override
        public String getRowKey(ContentRow row) {
            return Long.toString(row.id());
        }
    };

    public LazyDataModel<ContentRow> getItems() {
        return items;
    }

    public ContentKind[] getKinds() {
        return ContentKind.values();
    }

    public ContentKind getKind() {
        return kind;
    }

    public void setKind(ContentKind kind) {
        this.kind = kind;
    }
}
