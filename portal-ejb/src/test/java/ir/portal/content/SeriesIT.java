package ir.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsExpert;
import ir.portal.content.application.SeriesForm;
import ir.portal.content.application.SeriesImport;
import ir.portal.content.application.SeriesQueries;
import ir.portal.content.application.SeriesRow;
import ir.portal.content.application.SeriesService;
import ir.portal.content.application.SeriesSummary;
import ir.portal.content.application.SeriesTable;
import ir.portal.content.domain.Series;
import ir.portal.i18n.JalaliDate;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Refused;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Statistics series (issue 11): kept by a unit's staff a day at a time or pasted as text, shown by the public
 * queries in the lines' order, refused where they do not belong, and guarded by the series' version.
 */
@ExtendWith(ArquillianExtension.class)
class SeriesIT {

    @Inject
    private SeriesService series;

    @Inject
    private SeriesQueries queries;

    @Inject
    private AsEditor asEditor;

    @Inject
    private AsExpert asExpert;

    @Test
    void anEditorKeepsASeriesAndVisitorsReadItsDaysInTheLinesOrder() throws Exception {
        long id = asEditor.call(() -> series.save(form("test-dams", "QOM-1", "سد الف", "سد ب")));
        long version = asEditor.call(() -> series.edit(id)).getVersion();
        LocalDate first = new JalaliDate(1405, 1, 7).toLocalDate();
        long next = asEditor.call(() -> series.putDay(id, version, first, Arrays.asList(new BigDecimal("12.5"), null)));
        SeriesImport.Result pasted = asEditor.call(
                () -> series.importDays(
                        id,
                        next,
                        "روز,سد الف,سد ب\n۱۴۰۵/۰۱/۱۴;۱۳٫۲;۴\n2026-04-10\t14\t\nنه یک روز,1,2\n1405/01/28,x,1\n1405/01/14,1,1\n"));

        assertEquals(
                List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 10)),
                List.copyOf(pasted.rows().keySet()));
        assertEquals(
                List.of(4, 5, 6),
                pasted.bad().stream().map(SeriesImport.BadLine::number).toList(),
                "the unreadable lines by their numbers, the heading skipped");
        assertEquals(
                List.of(
                        "content.series.import.notADay",
                        "content.series.import.notANumber",
                        "content.series.import.twice"),
                pasted.bad().stream().map(SeriesImport.BadLine::reason).toList());

        SeriesTable table = queries.table("test-dams", 1405).orElseThrow();
        assertEquals(
                List.of("سد الف", "سد ب"),
                table.lines().stream().map(LocalizedText::getFa).toList());
        assertEquals(
                List.of(
                        new SeriesRow(first, Arrays.asList(new BigDecimal("12.500"), null)),
                        new SeriesRow(
                                LocalDate.of(2026, 4, 3), List.of(new BigDecimal("13.200"), new BigDecimal("4.000"))),
                        new SeriesRow(LocalDate.of(2026, 4, 10), Arrays.asList(new BigDecimal("14.000"), null))),
                table.rows());
        assertEquals(List.of(1405), table.years());
        assertTrue(queries.table("test-dams", 1404).orElseThrow().rows().isEmpty(), "nothing in the year before");
        SeriesSummary listed = queries.published().stream()
                .filter(s -> s.code().equals("test-dams"))
                .findFirst()
                .orElseThrow();
        assertEquals(3, listed.days());
        assertEquals(LocalDate.of(2026, 4, 10), listed.latest());
    }

    @Test
    void aLineLeftOutLosesItsValuesAndTheOthersKeepTheirs() throws Exception {
        long id = asEditor.call(() -> series.save(form("test-rain", "QOM-1", "ایستگاه الف", "ایستگاه ب")));
        long version = asEditor.call(() -> series.edit(id)).getVersion();
        LocalDate day = LocalDate.of(2026, 5, 1);
        asEditor.call(() -> series.putDay(id, version, day, List.of(BigDecimal.ONE, BigDecimal.TEN)));

        SeriesForm edited = asEditor.call(() -> series.edit(id));
        edited.removeLine(edited.getLines().get(0));
        asEditor.call(() -> series.save(edited));

        SeriesTable table = queries.table("test-rain", null).orElseThrow();
        assertEquals(
                List.of("ایستگاه ب"),
                table.lines().stream().map(LocalizedText::getFa).toList());
        assertEquals(List.of(new SeriesRow(day, List.of(new BigDecimal("10.000")))), table.rows());
    }

    @Test
    void anEditorKeepsOnlyTheUnitsSeriesAndTwoAtOnceCannotOverwriteEachOther() throws Exception {
        long kahak = asExpert.call(() -> series.save(form("test-kahak", "KAHAK", "کهک")));
        long version = asExpert.call(() -> series.edit(kahak)).getVersion();
        LocalDate day = LocalDate.of(2026, 6, 5);

        assertThrows(Refused.class, () -> asEditor.call(() -> series.edit(kahak)), "another unit's series");
        assertThrows(
                Refused.class,
                () -> asEditor.call(() -> series.putDay(kahak, version, day, List.of(BigDecimal.ONE))),
                "its values by its id");
        assertThrows(
                Refused.class,
                () -> asEditor.call(() -> series.save(form("test-kahak-2", "KAHAK", "کهک"))),
                "nor starts one for another unit");

        asExpert.call(() -> series.putDay(kahak, version, day, List.of(BigDecimal.ONE)));
        assertThrows(
                ConcurrentEdit.class,
                () -> asExpert.call(() -> series.putDay(kahak, version, day, List.of(BigDecimal.TEN))),
                "a change made on the version before the last one");
        assertEquals(
                List.of(new SeriesRow(day, List.of(new BigDecimal("1.000")))),
                queries.table("test-kahak", null).orElseThrow().rows(),
                "the first change stands");
    }

    @Test
    void aSeriesNeedsAnAddressATitleAMeasureAndALine() throws Exception {
        SeriesForm nothing = form("Not An Address", "QOM-1");
        nothing.getTitle().setFa("");
        nothing.getMeasure().setFa(" ");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> asEditor.call(() -> series.save(nothing)));
        assertEquals(
                Map.of(
                        "code", "content.series.invalid.code",
                        "title.fa", "platform.required",
                        "measure.fa", "platform.required",
                        "lines", "content.series.invalid.noLines"),
                refused.problems());
        asEditor.call(() -> series.save(form("test-taken", "QOM-1", "یک")));
        refused = assertThrows(
                InvalidInput.class, () -> asEditor.call(() -> series.save(form("test-taken", "QOM-1", "دو"))));
        assertEquals(Map.of("code", "content.series.invalid.codeTaken"), refused.problems());
    }

    private static SeriesForm form(String code, String unit, String... lines) {
        SeriesForm form = new SeriesForm();
        form.setCode(code);
        form.setUnitCode(unit);
        form.getTitle().setFa("گزارش " + code);
        form.getMeasure().setFa("میلیون مترمکعب");
        form.setChart(Series.Chart.LINE);
        form.getLines().clear();
        for (String line : lines) {
            form.addLine();
            form.getLines().get(form.getLines().size() - 1).getName().setFa(line);
        }
        return form;
    }
}
