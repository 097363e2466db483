package ir.portal.desk.application;

import ir.portal.desk.domain.Outcome;
import ir.portal.platform.domain.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public tracking page shows to whoever has the code and the national ID: the stages with their dates
 * and the units that acted, and what happens next. No names, no messages, no files.
 */
public record TrackingView(
        String groupedCode,
        LocalizedText service,
        LocalizedText unit,
        LocalizedText stage,
        LocalizedText next,
        Instant submittedAt,
        LocalDate dueOn,
        boolean waitsOnCitizen,
        Outcome outcome,
        List<StageStep> steps,
        List<HistoryLine> history) {}
