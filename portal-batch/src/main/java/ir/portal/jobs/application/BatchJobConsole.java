package ir.portal.jobs.application;

import ir.portal.platform.jobs.JobConsole;
import ir.portal.platform.jobs.JobExecutionView;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The job console on WildFly's {@code JobOperator}, which sees the jobs of this deployment unit. */
@Stateless
@Requires(Right.JOBS_RUN)
public class BatchJobConsole implements JobConsole {

    /** The jobs of {@code META-INF/batch-jobs}, which the operator may start by hand. */
    public static final Set<String> JOBS = Set.of("purge-sent-mail");

    private JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    @Override
    public Set<String> jobNames() {
        return new TreeSet<>(JOBS);
    }

    @Override
    public long start(String jobName, Properties parameters) {
        if (!JOBS.contains(jobName)) {
            throw new IllegalArgumentException("No such job: " + jobName);
        }
        return operator().start(jobName, parameters);
    }

    @Override
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
                .map(BatchJobConsole::step)
                .toList();
        return new JobExecutionView(
                execution.getExecutionId(),
                execution.getJobName(),
                execution.getBatchStatus().name(),
                execution.getExitStatus(),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                steps);
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
                default -> {}
            }
        }
        return new JobExecutionView.StepView(
                step.getStepName(), step.getBatchStatus().name(), read, written, skipped, commits);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
