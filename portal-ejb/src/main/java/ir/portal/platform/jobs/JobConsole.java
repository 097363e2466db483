package ir.portal.platform.jobs;

import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * What IT sees and does in {@code /admin/jobs}: the jobs the portal knows, their runs newest first with step
 * figures, and starting a job. Implemented in portal-batch, whose deployment holds the job files (WildFly's
 * {@code JobOperator} sees the jobs of its own deployment unit), so the web knows only this interface.
 */
public interface JobConsole {

    Set<String> jobNames();

    /** Starts the job and gives the new execution's id. */
    long start(String jobName, Properties parameters);

    /** The newest runs of every job, at most {@code limit} of them. */
    List<JobExecutionView> recentExecutions(int limit);
}
