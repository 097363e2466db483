package ir.portal.desk.domain;

import java.time.LocalDate;

/**
 * What a person gives with a transition; which parts are required is up to the transition. The trace number is
 * the bank's reference of a payment, asked for by the step that confirms it.
 */
public record TransitionInput(String comment, LocalDate date, Long amountRials, String traceNumber, boolean hasFile) {

    public static TransitionInput none() {
        return new TransitionInput(null, null, null, null, false);
    }

    public static TransitionInput comment(String comment) {
        return new TransitionInput(comment, null, null, null, false);
    }

    public static TransitionInput date(LocalDate date) {
        return new TransitionInput(null, date, null, null, false);
    }

    public static TransitionInput trace(String traceNumber) {
        return new TransitionInput(null, null, null, traceNumber, false);
    }
}
