package ir.portal.web.admin;

import ir.portal.platform.jobs.JobConsole;
import ir.portal.platform.jobs.JobExecutionView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** {@code /admin/jobs}: the runs of the batch jobs and starting one. */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    private JobConsole console;

    private List<JobExecutionView> executions;
    private String job = "purge-sent-mail";

    @PostConstruct
    void load() {
        executions = console.recentExecutions(SHOWN);
    }

    public void start() {
        long id = console.start(job, new Properties());
        Messages.addGlobalInfo(Faces.getResourceBundle("text").getString("admin_jobs.started"), id);
        load();
    }

    public void refresh() {
        load();
    }

    public List<JobExecutionView> getExecutions() {
        return executions;
    }

    public Set<String> getJobNames() {
        return console.jobNames();
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }
}
