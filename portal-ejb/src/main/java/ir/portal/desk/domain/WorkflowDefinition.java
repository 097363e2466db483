package ir.portal.desk.domain;

import ir.portal.accounts.domain.Account;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.security.Permissions;
import ir.portal.platform.security.Right;
import ir.portal.platform.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One revision of the workflow of a service: its request form, the documents it asks for, its stages and the
 * transitions between them. A revision is never changed once requests run on it; the portal expert's edit makes
 * the next revision, which new requests start on while older requests finish on theirs.
 */
@Entity
@Table(name = "workflow_definition")
public class WorkflowDefinition extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_card_id", nullable = false)
    private ServiceCard serviceCard;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "start_stage", nullable = false, length = 60)
    private String startStage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workflow_stage", joinColumns = @JoinColumn(name = "workflow_id"))
    @OrderColumn(name = "position")
    private List<WorkflowStage> stages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workflow_transition", joinColumns = @JoinColumn(name = "workflow_id"))
    @OrderColumn(name = "position")
    private List<WorkflowTransition> transitions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workflow_field", joinColumns = @JoinColumn(name = "workflow_id"))
    @OrderColumn(name = "position")
    private List<FormField> fields = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workflow_document", joinColumns = @JoinColumn(name = "workflow_id"))
    @OrderColumn(name = "position")
    private List<DocumentSlot> documents = new ArrayList<>();

    protected WorkflowDefinition() {}

    public WorkflowDefinition(
            ServiceCard serviceCard, int revision, WorkflowDraft draft, String createdBy, Instant createdAt) {
        this.serviceCard = serviceCard;
        this.revision = revision;
        this.active = true;
        this.startStage = draft.startStage();
        this.stages =
                new ArrayList<>(draft.stages().stream().map(WorkflowStage::copy).toList());
        this.transitions = new ArrayList<>(
                draft.transitions().stream().map(WorkflowTransition::copy).toList());
        this.fields =
                new ArrayList<>(draft.fields().stream().map(FormField::copy).toList());
        this.documents = new ArrayList<>(
                draft.documents().stream().map(DocumentSlot::copy).toList());
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** This revision as a draft to edit into the next one. */
    public WorkflowDraft draft() {
        return new WorkflowDraft(
                startStage,
                stages.stream().map(WorkflowStage::copy).toList(),
                transitions.stream().map(WorkflowTransition::copy).toList(),
                fields.stream().map(FormField::copy).toList(),
                documents.stream().map(DocumentSlot::copy).toList());
    }

    /** A newer revision took over; requests already on this one keep it. */
    public void retire() {
        active = false;
    }

    public WorkflowStage stage(String code) {
        return stages.stream()
                .filter(s -> s.getCode().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No stage " + code + " in workflow " + getId()));
    }

    public List<WorkflowTransition> transitionsFrom(String stage) {
        return transitions.stream().filter(t -> t.getFrom().equals(stage)).toList();
    }

    public Optional<WorkflowTransition> transition(String fromStage, String code) {
        return transitionsFrom(fromStage).stream()
                .filter(t -> t.getCode().equals(code))
                .findFirst();
    }

    /**
     * The roles that may move a request on from a stage; for a citizen without an account, also the counter office
     * that answers for them.
     */
    public Set<Role> waitingFor(String stage, Account applicant) {
        Set<Role> waiting = transitionsFrom(stage).stream()
                .map(WorkflowTransition::getRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        if (applicant == null && waiting.contains(Role.CITIZEN)) {
            waiting.addAll(Permissions.rolesWith(Right.REQUESTS_ANSWER_FOR_CITIZEN));
        }
        return waiting;
    }

    public ServiceCard getServiceCard() {
        return serviceCard;
    }

    public int getRevision() {
        return revision;
    }

    public boolean isActive() {
        return active;
    }

    public String getStartStage() {
        return startStage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<WorkflowStage> stages() {
        return List.copyOf(stages);
    }

    public List<WorkflowTransition> transitions() {
        return List.copyOf(transitions);
    }

    public List<FormField> fields() {
        return List.copyOf(fields);
    }

    public List<DocumentSlot> documents() {
        return List.copyOf(documents);
    }
}
