package ir.portal.web.admin.desk;

import ir.portal.desk.application.WorkflowAdministration;
import ir.portal.desk.application.WorkflowAdministration.EditableWorkflow;
import ir.portal.desk.domain.DocumentSlot;
import ir.portal.desk.domain.FieldKind;
import ir.portal.desk.domain.FormField;
import ir.portal.desk.domain.Outcome;
import ir.portal.desk.domain.StageOutput;
import ir.portal.desk.domain.UnitScope;
import ir.portal.desk.domain.WorkflowDraft;
import ir.portal.desk.domain.WorkflowStage;
import ir.portal.desk.domain.WorkflowTransition;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.security.Permissions;
import ir.portal.platform.security.Right;
import ir.portal.platform.security.Role;
import ir.portal.web.Ids;
import ir.portal.web.i18n.Dates;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /admin/desk/workflow.xhtml?service=}: the portal expert edits a service's workflow (form fields,
 * documents, stages, transitions); saving makes the next revision, which only new requests start on.
 */
@Named
@ViewScoped
public class WorkflowEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The roles a transition may name: the citizen who made the request and the staff who work requests. */
    private static final List<Role> ROLES = Stream.concat(
                    Permissions.rolesWith(Right.OWN_REQUESTS).stream(),
                    Permissions.rolesWith(Right.REQUESTS_WORK).stream())
            .distinct()
            .toList();

    @Inject
    WorkflowAdministration workflows;

    @Inject
    Dates dates;

    private String service;
    private EditableWorkflow workflow;
    private String startStage;
    private List<WorkflowStage> stages;
    private List<WorkflowTransition> transitions;
    private List<FormField> fields;
    private List<DocumentSlot> documents;

    public void load() throws IOException {
        workflow = Ids.parse(service).map(workflows::edit).orElse(null);
        if (workflow == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "service");
            return;
        }
        if (stages == null) {
            WorkflowDraft draft = workflow.draft();
            startStage = draft.startStage();
            stages = new ArrayList<>(draft.stages());
            transitions = new ArrayList<>(draft.transitions());
            fields = new ArrayList<>(draft.fields());
            documents = new ArrayList<>(draft.documents());
        }
    }

    public void save() {
        int revision = workflows.revise(
                workflow.serviceId(),
                workflow.workflowId(),
                workflow.version(),
                new WorkflowDraft(startStage, stages, transitions, fields, documents));
        Messages.addGlobalInfo(Texts.text("desk_workflow.saved"), dates.number(revision));
        workflow = workflows.edit(workflow.serviceId());
    }

    public void addStage() {
        stages.add(new WorkflowStage(
                "stage-" + (stages.size() + 1), new LocalizedText(), new LocalizedText(), 5, false, null));
    }

    public void removeStage(WorkflowStage stage) {
        stages.remove(stage);
    }

    public void addTransition() {
        String first = stages.isEmpty() ? "" : stages.get(0).getCode();
        transitions.add(new WorkflowTransition(
                "step-" + (transitions.size() + 1),
                first,
                first,
                new LocalizedText(),
                Role.CASE_OFFICER,
                UnitScope.REQUEST_UNIT,
                null));
    }

    public void removeTransition(WorkflowTransition transition) {
        transitions.remove(transition);
    }

    public void addField() {
        fields.add(new FormField("field-" + (fields.size() + 1), new LocalizedText(), FieldKind.TEXT, false));
    }

    public void removeField(FormField field) {
        fields.remove(field);
    }

    public void addDocument() {
        documents.add(new DocumentSlot("document-" + (documents.size() + 1), new LocalizedText(), false));
    }

    public void removeDocument(DocumentSlot document) {
        documents.remove(document);
    }

    public List<Role> getRoles() {
        return ROLES;
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public StageOutput[] getOutputs() {
        return StageOutput.values();
    }

    public UnitScope[] getScopes() {
        return UnitScope.values();
    }

    public FieldKind[] getKinds() {
        return FieldKind.values();
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public EditableWorkflow getWorkflow() {
        return workflow;
    }

    public String getStartStage() {
        return startStage;
    }

    public void setStartStage(String startStage) {
        this.startStage = startStage;
    }

    public List<WorkflowStage> getStages() {
        return stages;
    }

    public List<WorkflowTransition> getTransitions() {
        return transitions;
    }

    public List<FormField> getFields() {
        return fields;
    }

    public List<DocumentSlot> getDocuments() {
        return documents;
    }
}
