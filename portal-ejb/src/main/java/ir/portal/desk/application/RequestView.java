package ir.portal.desk.application;

import ir.portal.desk.domain.Outcome;
import ir.portal.platform.domain.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request as its page shows it to the citizen who made it or to the staff who work it: the form, where it
 * stands, what the workflow produced, the history with messages, the files, and the steps the reader may take.
 */
public record RequestView(
        long id,
        long version,
        String trackingCode,
        String groupedCode,
        long serviceId,
        LocalizedText service,
        LocalizedText unit,
        String applicantName,
        String nationalId,
        String mobile,
        String email,
        String filedBy,
        List<FieldValue> fields,
        LocalizedText stage,
        LocalizedText citizenView,
        boolean waitsOnCitizen,
        Instant submittedAt,
        LocalDate dueOn,
        boolean overdue,
        LocalDate stageDueOn,
        boolean stageOverdue,
        int pausedDays,
        Outcome outcome,
        LocalDate visitOn,
        LocalDate workOn,
        Long amountRials,
        String billId,
        String paymentId,
        String paidReference,
        String answer,
        Integer rating,
        String feedback,
        boolean mayRate,
        List<StageStep> steps,
        List<HistoryLine> history,
        List<DocumentRow> documents,
        List<TransitionChoice> transitions) {

    public boolean closed() {
        return outcome != null;
    }

    public boolean hasSlip() {
        return paymentId != null;
    }

    /** Whether a step the reader may take now asks for a date: the step form shows only what its steps ask. */
    public boolean stepsNeedDate() {
        return transitions.stream().anyMatch(TransitionChoice::needsDate);
    }

    public boolean stepsNeedAmount() {
        return transitions.stream().anyMatch(TransitionChoice::needsAmount);
    }

    public boolean stepsNeedTrace() {
        return transitions.stream().anyMatch(TransitionChoice::needsTrace);
    }

    public boolean stepsNeedFile() {
        return transitions.stream().anyMatch(TransitionChoice::needsFile);
    }
}
