package ir.portal.platform.visitors;

import java.time.LocalDate;

/**
 * The widget's figures: distinct visitors seen in the last five minutes, the most there ever were at once and the
 * day of it, distinct visitors today and yesterday (Tehran days), and all days' visitors together.
 */
public record VisitorFigures(long online, long peak, LocalDate peakOn, long today, long yesterday, long total) {}
