package ir.portal.desk.application;

import ir.portal.desk.domain.RequestEventKind;
import ir.portal.platform.domain.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of a request's history as a reader sees it. The citizen and the public tracking page are shown the unit
 * that acted, never a person; staff also see the person and the address it came from.
 */
public record HistoryLine(
        Instant at,
        RequestEventKind kind,
        LocalizedText step,
        LocalizedText stage,
        LocalizedText unit,
        boolean byStaff,
        String note,
        LocalDate date,
        Long amount,
        Long documentId,
        String person,
        String client) {}
