package ir.portal.desk.domain;

import java.time.LocalDate;

/** What a person gives with a transition; which parts are required is up to the transition. */
public record TransitionInput(String comment, LocalDate date, Long amountRials, boolean hasFile) {

    public static TransitionInput none() {
        return new TransitionInput(null, null, null, false);
    }

    public static TransitionInput comment(String comment) {
        return new TransitionInput(comment, null, null, false);
    }
}
