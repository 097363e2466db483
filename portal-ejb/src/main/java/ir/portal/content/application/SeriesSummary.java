package ir.portal.content.application;

import ir.portal.platform.domain.LocalizedText;
import java.time.LocalDate;

/** A series in a list: what it measures, whose it is, and its latest day with a value (null where none yet). */
public record SeriesSummary(
        long id,
        String code,
        String unitCode,
        LocalizedText unitName,
        LocalizedText title,
        LocalizedText measure,
        LocalDate latest,
        long days) {}
