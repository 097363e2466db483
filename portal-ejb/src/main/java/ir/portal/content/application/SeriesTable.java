package ir.portal.content.application;

import ir.portal.content.domain.Series;
import ir.portal.platform.domain.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/**
 * A series as its public page shows it: what it measures, its lines, and the days between {@code from} and
 * {@code to} that have values, oldest first; {@code years} are the Jalali years that have any.
 */
public record SeriesTable(
        long id,
        long version,
        String code,
        String unitCode,
        LocalizedText unitName,
        LocalizedText title,
        LocalizedText about,
        LocalizedText measure,
        Series.Chart chart,
        List<LocalizedText> lines,
        List<SeriesRow> rows,
        LocalDate from,
        LocalDate to,
        List<Integer> years) {}
