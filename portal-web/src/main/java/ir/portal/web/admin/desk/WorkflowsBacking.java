package ir.portal.web.admin.desk;

import ir.portal.desk.application.WorkflowAdministration;
import ir.portal.desk.application.WorkflowAdministration.ServiceChoice;
import ir.portal.desk.application.WorkflowAdministration.WorkflowRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /admin/desk/workflows.xhtml}: the workflows the portal expert keeps, and the services that have none. */
@Named
@RequestScoped
public class WorkflowsBacking {

    @Inject
    WorkflowAdministration workflows;

    private List<WorkflowRow> rows;
    private List<ServiceChoice> without;

    public void load() {
        rows = workflows.workflows();
        without = workflows.servicesWithout();
    }

    public List<WorkflowRow> getRows() {
        return rows;
    }

    public List<ServiceChoice> getWithout() {
        return without;
    }
}
