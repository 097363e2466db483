package ir.portal.web.admin;

import ir.portal.platform.jobs.JobConsole;
import ir.portal.platform.jobs.JobExecutionView;
import ir.portal.web.i18n.Dates;
import ir.portal.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.omnifaces.util.Messages;

/** {@code /admin/jobs}: the runs of the batch jobs and starting one. */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    private JobConsole console;

    @Inject
    private Dates dates;

    private List<JobExecutionView> executions;
    private String job = "purge-sent-mail";

    @PostConstruct
    void load() {
        executions = console.recentExecutions(SHOWN);
    }

    public void start() {
        long id = console.start(job, new Properties());
        Messages.addGlobalInfo(Texts.text("admin_jobs.started"), dates.number(id));
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
