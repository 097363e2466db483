package ir.portal.jobs.application;

import ir.portal.platform.jobs.JobConsole;
import ir.portal.platform.jobs.JobExecutionView;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The job console on WildFly's {@code JobOperator}, which sees the jobs of this deployment unit. */
@Stateless
@Requires(Right.JOBS_RUN)
public class BatchJobConsole implements JobConsole {

    /** The jobs of {@code META-INF/batch-jobs}, which the operator may start by hand. */
    public static final Set<String> JOBS = Set.of("purge-sent-mail");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

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

    /**
     * Two queries on the job repository's tables (JBeret's schema in the portal's database), not a walk over
     * {@code JobOperator}, which asks once per instance and once more per execution: the newest executions, then
     * the steps of exactly those (their ids are the range between the oldest and the newest shown).
     */
    @Override
    public List<JobExecutionView> recentExecutions(int limit) {
        List<?> executions = em.createNativeQuery("SELECT e.JOBEXECUTIONID, i.JOBNAME, e.BATCHSTATUS, e.EXITSTATUS,"
                        + " e.STARTTIME, e.ENDTIME FROM JOB_EXECUTION e"
                        + " JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID"
                        + " ORDER BY e.JOBEXECUTIONID DESC")
                .setMaxResults(limit)
                .getResultList();
        if (executions.isEmpty()) {
            return List.of();
        }
        long newest = id(executions.get(0));
        long oldest = id(executions.get(executions.size() - 1));
        Map<Long, List<JobExecutionView.StepView>> steps = new HashMap<>();
        for (Object found : em.createNativeQuery("SELECT JOBEXECUTIONID, STEPNAME, BATCHSTATUS, READCOUNT, WRITECOUNT,"
                        + " READSKIPCOUNT + PROCESSSKIPCOUNT + WRITESKIPCOUNT, COMMITCOUNT FROM STEP_EXECUTION"
                        + " WHERE JOBEXECUTIONID BETWEEN ?1 AND ?2 ORDER BY STEPEXECUTIONID")
                .setParameter(1, oldest)
                .setParameter(2, newest)
                .getResultList()) {
            Object[] row = (Object[]) found;
            steps.computeIfAbsent(number(row[0]), id -> new ArrayList<>())
                    .add(new JobExecutionView.StepView(
                            (String) row[1],
                            (String) row[2],
                            number(row[3]),
                            number(row[4]),
                            number(row[5]),
                            number(row[6])));
        }
        return executions.stream()
                .map(found -> (Object[]) found)
                .map(row -> new JobExecutionView(
                        number(row[0]),
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        instant(row[4]),
                        instant(row[5]),
                        steps.getOrDefault(number(row[0]), List.of())))
                .toList();
    }

    private static long id(Object row) {
        return number(((Object[]) row)[0]);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** JBeret writes its times as the server's local date and time. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(ZoneId.systemDefault()).toInstant();
        }
        return null;
    }
}
