package ir.portal.desk.application;

import ir.portal.desk.domain.Outcome;
import ir.portal.platform.domain.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;

/** A request as a line of a list: the citizen's own list and the staff queue. */
public record RequestRow(
        long id,
        String trackingCode,
        LocalizedText service,
        LocalizedText stage,
        String applicantName,
        Instant submittedAt,
        LocalDate dueOn,
        boolean overdue,
        LocalDate stageDueOn,
        boolean stageOverdue,
        boolean waitsOnCitizen,
        Outcome outcome,
        boolean unreadByStaff) {}
