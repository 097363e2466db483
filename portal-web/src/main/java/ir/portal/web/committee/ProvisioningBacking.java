package ir.portal.web.committee;

import ir.portal.committee.application.CommitteeQueries;
import ir.portal.committee.application.Provisioning;
import ir.portal.committee.application.TaskView;
import ir.portal.committee.domain.ProvisioningTask.Checklist;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * {@code /committee/provisioning.xhtml}: IT's tasks for the approved proposals, open ones first, each with its
 * checklist to tick and save; closing one publishes the service.
 */
@Named
@ViewScoped
public class ProvisioningBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Provisioning provisioning;

    @Inject
    private CommitteeQueries queries;

    private List<Row> tasks;

    public void load() {
        tasks = new ArrayList<>(queries.tasks().stream().map(Row::new).toList());
    }

    public String save(Row row) {
        provisioning.check(row.task.id(), row.task.version(), row.checklist());
        Messages.addFlashGlobalInfo(Texts.text("committee.checklistSaved"));
        return "/committee/provisioning.xhtml?faces-redirect=true";
    }

    public String close(Row row) {
        provisioning.close(row.task.id(), row.task.version());
        Messages.addFlashGlobalInfo(Texts.text("committee.provisioned"), row.task.title());
        return "/committee/provisioning.xhtml?faces-redirect=true";
    }

    public List<Row> getTasks() {
        return tasks;
    }

    /** A task as the form edits its checklist. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final TaskView task;
        private boolean infrastructure;
        private boolean databaseLink;
        private boolean workflowAttached;
        private boolean tested;
        private String note;

        Row(TaskView task) {
            this.task = task;
            Checklist c = task.checklist();
            infrastructure = c.infrastructure();
            databaseLink = c.databaseLink();
            workflowAttached = c.workflowAttached();
            tested = c.tested();
            note = c.note();
        }

        Checklist checklist() {
            return new Checklist(infrastructure, databaseLink, workflowAttached, tested, note);
        }

        public TaskView getTask() {
            return task;
        }

        public boolean isInfrastructure() {
            return infrastructure;
        }

        public void setInfrastructure(boolean infrastructure) {
            this.infrastructure = infrastructure;
        }

        public boolean isDatabaseLink() {
            return databaseLink;
        }

        public void setDatabaseLink(boolean databaseLink) {
            this.databaseLink = databaseLink;
        }

        public boolean isWorkflowAttached() {
            return workflowAttached;
        }

        public void setWorkflowAttached(boolean workflowAttached) {
            this.workflowAttached = workflowAttached;
        }

        public boolean isTested() {
            return tested;
        }

        public void setTested(boolean tested) {
            this.tested = tested;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
