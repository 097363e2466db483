package ir.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.portal.content.application.SeriesImport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesImportTest {

    @Test
    void readsWhatASpreadsheetCopiesWithABomCrlfPersianDigitsAndSeparatorsAndEmptyCells() {
        SeriesImport.Result read =
                SeriesImport.read("\uFEFFتاریخ\tالف\tب\r\n۱۴۰۵/۰۹/۰۱\t۱۲٫۵\t\r\n1405-09-02،-3،۴\r\n\r\n", 2);
        assertEquals(
                List.of(
                        Arrays.asList(new BigDecimal("12.5"), null),
                        List.of(new BigDecimal("-3"), new BigDecimal("4"))),
                List.copyOf(read.rows().values()));
        assertEquals(
                List.of(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 23)),
                List.copyOf(read.rows().keySet()));
        assertEquals(List.of(), read.bad());
    }

    @Test
    void aLineWithMoreValuesThanLinesOrNoneOrABadDayIsReportedByItsNumber() {
        SeriesImport.Result read = SeriesImport.read("1405/09/01,1,2,3\n1405/09/02\n1405/13/01,1\n1405/09/03,5", 2);
        assertEquals(
                List.of(1, 2, 3),
                read.bad().stream().map(SeriesImport.BadLine::number).toList());
        assertEquals(
                List.of("content.series.import.cells", "content.series.import.cells", "content.series.import.notADay"),
                read.bad().stream().map(SeriesImport.BadLine::reason).toList());
        assertEquals(
                List.of(LocalDate.of(2026, 11, 24)), List.copyOf(read.rows().keySet()));
    }
}
