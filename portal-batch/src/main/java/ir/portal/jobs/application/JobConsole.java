package ir.portal.jobs.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import ir.portal.accounts.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;

/**
 * What IT sees and does in {@code /admin/jobs}: the jobs this portal knows, their runs newest first with step
 * figures, and starting a job.
 */
@Stateless
@RolesAllowed({Roles.IT_OPERATOR, Roles.ADMIN})
public class JobConsole {

    /** The jobs of {@code META-INF/batch-jobs}, which the operator may start by hand. */
    public static final Set<String> JOBS = Set.of("purge-sent-mail");

    private JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    public Set<String> jobNames() {
        return new TreeSet<>(JOBS);
    }

    public long start(String jobName, Properties parameters) {
        if (!JOBS.contains(jobName)) {
            throw new IllegalArgumentException("No such job: " + jobName);
        }
        return operator().start(jobName, parameters);
    }

    /** The newest runs of every job, at most {@code limit} of them. */
    public List<JobExecutionView> recentExecutions(int limit) {
        JobOperator operator = operator();
        List<JobExecutionView> views = new ArrayList<>();
        for (String job : JOBS) {
            List<JobInstance> instances;
            try {
                instances = operator.getJobInstances(job, 0, limit);
            } catch (NoSuchJobException neverRun) {
                continue;
            }
            for (JobInstance instance : instances) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    views.add(view(operator, execution));
                }
            }
        }
        views.sort(Comparator.comparingLong(JobExecutionView::executionId).reversed());
        return views.size() > limit ? views.subList(0, limit) : views;
    }

    private static JobExecutionView view(JobOperator operator, JobExecution execution) {
        List<JobExecutionView.StepView> steps = operator.getStepExecutions(execution.getExecutionId()).stream()
                .map(JobConsole::step)
                .toList();
        return new JobExecutionView(execution.getExecutionId(), execution.getJobName(),
                execution.getBatchStatus().name(), execution.getExitStatus(), instant(execution.getStartTime()),
                instant(execution.getEndTime()), steps);
    }

    private static JobExecutionView.StepView step(StepExecution step) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        long commits = 0;
        for (Metric metric : step.getMetrics()) {
            switch (metric.getType()) {
                case READ_COUNT -> read = metric.getValue();
                case WRITE_COUNT -> written = metric.getValue();
                case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += metric.getValue();
                case COMMIT_COUNT -> commits = metric.getValue();
                default -> {
                }
            }
        }
        return new JobExecutionView.StepView(step.getStepName(), step.getBatchStatus().name(), read, written,
                skipped, commits);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
