package ir.portal.web.content;

import ir.portal.content.application.SeriesQueries;
import ir.portal.content.application.SeriesRow;
import ir.portal.content.application.SeriesTable;
import ir.portal.i18n.JalaliDate;
import ir.portal.platform.csv.CsvWriter;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.web.i18n.Language;
import ir.portal.web.i18n.Texts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /statistics/csv/<code>.csv?year=}: what the series' page shows, as CSV (UTF-8 with a byte-order mark): the
 * Jalali day, the Gregorian day, then a column per line, headed in the reader's language, numbers in Latin digits
 * for the spreadsheet to read. 404 for a series that is not there.
 */
@WebServlet("/statistics/csv/*")
public class StatisticsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/([a-z0-9][a-z0-9-]{1,59})\\.csv");
    private static final Pattern YEAR = Pattern.compile("1[3-5]\\d\\d");

    @Inject
    private SeriesQueries queries;

    @Inject
    private Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        String year = request.getParameter("year");
        Optional<SeriesTable> found = path.matches()
                ? queries.table(
                        path.group(1), year != null && YEAR.matcher(year).matches() ? Integer.valueOf(year) : null)
                : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SeriesTable table = found.get();
        String lang = language.getCode();
        response.setContentType(CsvWriter.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + table.code() + ".csv\"");
        response.setHeader("Cache-Control", "public, max-age=300");
        try (CsvWriter csv = new CsvWriter(response.getOutputStream())) {
            List<Object> heading = new ArrayList<>();
            heading.add(Texts.text("statistics.csv.jalali"));
            heading.add(Texts.text("statistics.csv.gregorian"));
            for (LocalizedText line : table.lines()) {
                heading.add(line.in(lang) + " (" + table.measure().in(lang) + ")");
            }
            csv.row(heading);
            for (SeriesRow row : table.rows()) {
                List<Object> cells = new ArrayList<>();
                cells.add(JalaliDate.of(row.day()).toString());
                cells.add(row.day().toString());
                for (BigDecimal value : row.values()) {
                    cells.add(value == null ? null : value.stripTrailingZeros().toPlainString());
                }
                csv.row(cells);
            }
        }
    }
}
