package ir.portal.web.admin.content;

import ir.portal.accounts.application.UnitChoice;
import ir.portal.content.application.ContentService;
import ir.portal.content.application.SeriesForm;
import ir.portal.content.application.SeriesImport;
import ir.portal.content.application.SeriesQueries;
import ir.portal.content.application.SeriesRow;
import ir.portal.content.application.SeriesService;
import ir.portal.content.application.SeriesSummary;
import ir.portal.content.application.SeriesTable;
import ir.portal.content.domain.Series;
import ir.portal.web.Ids;
import ir.portal.web.i18n.Language;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /admin/content/statistics.xhtml}: the statistics series of one's unit, the form that adds one or, with
 * {@code ?id=}, changes it, and that series' values: a day's values typed in, or many days pasted as text, and the
 * days it has, latest first. Saved, the values show on the public page at once.
 */
@Named
@ViewScoped
public class StatisticsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SeriesService series;

    @Inject
    private SeriesQueries queries;

    @Inject
    private ContentService content;

    @Inject
    private Language language;

    private String id;
    private SeriesForm form;
    private List<UnitChoice> units;
    private SeriesTable table;
    private LocalDate day;
    private List<BigDecimal> values;
    private String pasted;
    private List<String> badLines = List.of();

    private final LazyDataModel<SeriesSummary> kept = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) series.list(0, 1).total();
        }

        @Override
        public List<SeriesSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return series.list(first, pageSize).items();
        }

        @Override
        public String getRowKey(SeriesSummary row) {
            return Long.toString(row.id());
        }
    };

    public void load() {
        units = content.units();
        form = Ids.parse(id).map(series::edit).orElseGet(SeriesForm::new);
        if (form.getUnitCode() == null && units.size() == 1) {
            form.setUnitCode(units.get(0).code());
        }
        readValues();
    }

    private void readValues() {
        table = form.getId() == null
                ? null
                : queries.table(form.getCode(), null).orElse(null);
        values = table == null
                ? List.of()
                : new ArrayList<>(Collections.nCopies(table.lines().size(), null));
    }

    public String save() {
        long saved = series.save(form);
        Messages.addFlashGlobalInfo(Texts.text("admin_statistics.saved"));
        return "/admin/content/statistics.xhtml?faces-redirect=true&id=" + saved;
    }

    public String remove() {
        series.remove(form.getId(), form.getVersion());
        Messages.addFlashGlobalInfo(Texts.text("admin_statistics.removed"));
        return "/admin/content/statistics.xhtml?faces-redirect=true";
    }

    public void addLine() {
        form.addLine();
    }

    public void removeLine(SeriesForm.Line line) {
        form.removeLine(line);
    }

    public String putDay() {
        series.putDay(form.getId(), table.version(), day, values);
        Messages.addFlashGlobalInfo(Texts.text("admin_statistics.daySaved"));
        return self();
    }

    public String removeDay(LocalDate shown) {
        series.removeDay(form.getId(), table.version(), shown);
        Messages.addFlashGlobalInfo(Texts.text("admin_statistics.dayRemoved"));
        return self();
    }

    /** Takes the pasted days; what could not be read stays in the box, each line's number and reason listed. */
    public String importDays() {
        SeriesImport.Result result = series.importDays(form.getId(), table.version(), pasted);
        if (result.bad().isEmpty()) {
            Messages.addFlashGlobalInfo(
                    format("admin_statistics.imported", result.rows().size()));
            return self();
        }
        badLines = result.bad().stream()
                .map(b -> format("admin_statistics.badLine", b.number(), Texts.text(b.reason())))
                .toList();
        pasted = result.bad().stream().map(SeriesImport.BadLine::text).collect(Collectors.joining("\n"));
        Messages.addGlobalWarn(format(
                "admin_statistics.importedSome",
                result.rows().size(),
                result.bad().size()));
        form = series.edit(form.getId());
        readValues();
        return null;
    }

    /** The text of {@code key} with its numbers in the reader's digits. */
    private String format(String key, Object... arguments) {
        return new MessageFormat(Texts.text(key), language.getLocale()).format(arguments);
    }

    private String self() {
        return "/admin/content/statistics.xhtml?faces-redirect=true&id=" + form.getId();
    }

    /** The days shown, latest first. */
    public List<SeriesRow> getDays() {
        if (table == null) {
            return List.of();
        }
        List<SeriesRow> rows = new ArrayList<>(table.rows());
        Collections.reverse(rows);
        return rows;
    }

    public List<Integer> getLineIndexes() {
        return table == null
                ? List.of()
                : java.util.stream.IntStream.range(0, table.lines().size())
                        .boxed()
                        .toList();
    }

    public Series.Chart[] getCharts() {
        return Series.Chart.values();
    }

    public LazyDataModel<SeriesSummary> getKept() {
        return kept;
    }

    public SeriesForm getForm() {
        return form;
    }

    public SeriesTable getTable() {
        return table;
    }

    public List<UnitChoice> getUnits() {
        return units;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public List<BigDecimal> getValues() {
        return values;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public List<String> getBadLines() {
        return badLines;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
