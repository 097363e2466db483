package ir.portal.web.content;

import ir.portal.content.application.SeriesQueries;
import ir.portal.content.application.SeriesRow;
import ir.portal.content.application.SeriesSummary;
import ir.portal.content.application.SeriesTable;
import ir.portal.content.domain.Series;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.web.charts.ChartJson;
import ir.portal.web.i18n.Dates;
import ir.portal.web.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * {@code /statistics/}: the series that have values; {@code /statistics/series.xhtml?code=&year=}: one series as a
 * chart and a table, of a Jalali year or of the year up to its latest value, with its CSV download beside it.
 */
@Named
@RequestScoped
public class StatisticsBacking {

    @Inject
    private SeriesQueries queries;

    @Inject
    private Language language;

    @Inject
    private Dates dates;

    private String code;
    private String year;
    private SeriesTable table;

    public List<SeriesSummary> getAll() {
        return queries.published();
    }

    public void load() throws IOException {
        table = code == null || code.length() > 60
                ? null
                : queries.table(code, jalaliYear()).orElse(null);
        if (table == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "statistics");
        }
    }

    private Integer jalaliYear() {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The chart of the days shown: a line or a set of bars per line of the series. */
    public String getChart() {
        List<String> days = table.rows().stream().map(r -> dates.day(r.day())).toList();
        List<ChartJson.Dataset> sets = new ArrayList<>();
        for (int i = 0; i < table.lines().size(); i++) {
            int line = i;
            sets.add(new ChartJson.Dataset(
                    in(table.lines().get(i)),
                    table.rows().stream().map(r -> r.values().get(line)).toList()));
        }
        return ChartJson.overTime(
                table.chart() == Series.Chart.BAR ? "bar" : "line",
                days,
                sets,
                in(table.measure()),
                language.isRightToLeft());
    }

    /** The days shown, latest first, as the table lists them. */
    public List<SeriesRow> getRows() {
        List<SeriesRow> rows = new ArrayList<>(table.rows());
        java.util.Collections.reverse(rows);
        return rows;
    }

    public List<Integer> getLineIndexes() {
        return java.util.stream.IntStream.range(0, table.lines().size()).boxed().toList();
    }

    /** The address of the CSV download of what the page shows. */
    public String getCsv() {
        return "/statistics/csv/" + table.code() + ".csv" + (jalaliYear() == null ? "" : "?year=" + jalaliYear());
    }

    public String link(Integer jalali) {
        return "/statistics/series.xhtml?code=" + table.code() + (jalali == null ? "" : "&year=" + jalali);
    }

    private String in(LocalizedText text) {
        return text.in(language.getCode());
    }

    public SeriesTable getTable() {
        return table;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
