package ir.portal.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A request's clock, in working days: the day it came in, the day its answer is due, the day its stage began,
 * and whether it stands still because the request waits on the citizen. Leaving such a stage moves the due date
 * on by the working days waited.
 */
@Embeddable
public class RequestClock {

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "paused_on")
    private LocalDate pausedOn;

    @Column(name = "paused_days", nullable = false)
    private int pausedDays;

    @Column(name = "stage_entered_on")
    private LocalDate stageEnteredOn;

    protected RequestClock() {}

    /** A clock started today, due the given number of working days later. */
    static RequestClock start(LocalDate today, int days, WorkingCalendar calendar) {
        RequestClock clock = new RequestClock();
        clock.submittedOn = today;
        clock.dueOn = calendar.addWorkingDays(today, days);
        return clock;
    }

    void enterStage(LocalDate today, boolean waitsOnCitizen) {
        stageEnteredOn = today;
        if (waitsOnCitizen) {
            pausedOn = today;
        }
    }

    void resume(WorkingCalendar calendar, LocalDate today) {
        if (pausedOn != null) {
            int waited = calendar.workingDaysBetween(pausedOn, today);
            dueOn = calendar.addWorkingDays(dueOn, waited);
            pausedDays += waited;
            pausedOn = null;
        }
    }

    /** The date the answer is due as of today: while the request waits on the citizen, each working day adds one. */
    public LocalDate dueOn(WorkingCalendar calendar, LocalDate today) {
        return pausedOn == null ? dueOn : calendar.addWorkingDays(dueOn, calendar.workingDaysBetween(pausedOn, today));
    }

    /** The day a stage with this time limit should be done by; null when it has none. */
    LocalDate stageDueOn(WorkingCalendar calendar, Integer limit) {
        return limit == null || stageEnteredOn == null ? null : calendar.addWorkingDays(stageEnteredOn, limit);
    }

    public boolean isPaused() {
        return pausedOn != null;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public LocalDate getPausedOn() {
        return pausedOn;
    }

    public int getPausedDays() {
        return pausedDays;
    }
}
