package ir.portal.platform.jobs;

import java.time.Instant;
import java.util.List;

/** One run of a job as the console lists it, with the figures of its steps. */
public record JobExecutionView(
        long executionId,
        String jobName,
        String batchStatus,
        String exitStatus,
        Instant start,
        Instant end,
        List<StepView> steps) {

    /** A step's figures: items read, written, skipped, and chunks committed. */
    public record StepView(String name, String batchStatus, long read, long written, long skipped, long commits) {}
}
