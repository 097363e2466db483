package ir.portal.content.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One day of a series: a value per line, in the lines' order, null where a line has none that day. */
public record SeriesRow(LocalDate day, List<BigDecimal> values) {}
