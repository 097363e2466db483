package ir.portal.web.admin;

import ir.portal.platform.audit.AuditFilter;
import ir.portal.platform.audit.AuditQueries;
import ir.portal.platform.audit.AuditRow;
import ir.portal.platform.paging.PageRequest;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /admin/audit.xhtml}: the audit log, newest first, filtered by person, action, subject and a range of
 * Jalali days. The filters are the page's address ({@code ?person=…&from=…}), so a search is a link to keep or
 * send, and paging in the view keeps them.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String ACTION_LABEL = "audit.action.";

    /** The workflow step of a request: one action per step code, one label for them all. */
    private static final String STEP = "desk.request.moved";

    @Inject
    AuditQueries queries;

    private String person;
    private String action;
    private String subject;
    private LocalDate from;
    private LocalDate to;

    /** The filter the table shows; none while the address holds one that cannot be (a range that ends first). */
    private AuditFilter filter;

    private List<String> actions;

    private final LazyDataModel<AuditRow> entries = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.count(filter);
        }

        @Override
        public List<AuditRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return queries.rows(filter, PageRequest.of(first, pageSize));
        }

        @Override
        public String getRowKey(AuditRow row) {
            return Long.toString(row.id());
        }
    };

    /** The filter of the address, and the actions to choose from. */
    public void load() {
        actions = queries.actions();
        filter = new AuditFilter(person, action, subject, from, to);
    }

    /**
     * Opens the page again at the address of the filters, on its first page; a range that ends before it starts is
     * refused first, next to its last day.
     */
    public String search() {
        filter = new AuditFilter(person, action, subject, from, to);
        return "/admin/audit.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** What an action is called in the reader's language; its code when the bundles do not name it. */
    public String actionLabel(String code) {
        return Texts.find(ACTION_LABEL + code)
                .or(() -> code.startsWith(STEP + ".")
                        ? Texts.find(ACTION_LABEL + STEP)
                                .map(step -> MessageFormat.format(step, code.substring(STEP.length() + 1)))
                        : Optional.empty())
                .orElse(code);
    }

    public LazyDataModel<AuditRow> getEntries() {
        return entries;
    }

    public boolean isShown() {
        return filter != null;
    }

    public List<String> getActions() {
        return actions;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
