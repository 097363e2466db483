package ir.portal.web.admin.desk;

import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.DeskQueries.StageOption;
import ir.portal.desk.application.RequestRow;
import ir.portal.desk.domain.QueueSort;
import ir.portal.platform.paging.Page;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /admin/desk/}: the requests waiting for the signed-in member of staff, paged and sorted in the database,
 * filtered by stage, by tracking code, or to the overdue ones.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeskQueries queries;

    private String stage;
    private String code;
    private boolean overdue;
    private QueueSort sort = QueueSort.DUE_FIRST;
    private List<StageOption> stages;

    private final LazyDataModel<RequestRow> requests = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<RequestRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return page(first, pageSize).items();
        }

        @Override
        public String getRowKey(RequestRow row) {
            return Long.toString(row.id());
        }
    };

    @PostConstruct
    void init() {
        stages = queries.stages();
    }

    private Page<RequestRow> page(int first, int size) {
        return queries.queue(stage, overdue, code, sort, first, size);
    }

    public LazyDataModel<RequestRow> getRequests() {
        return requests;
    }

    public List<StageOption> getStages() {
        return stages;
    }

    public QueueSort[] getSorts() {
        return QueueSort.values();
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public QueueSort getSort() {
        return sort;
    }

    public void setSort(QueueSort sort) {
        this.sort = sort;
    }
}
