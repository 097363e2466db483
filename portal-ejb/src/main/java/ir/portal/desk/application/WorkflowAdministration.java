package ir.portal.desk.application;

import ir.portal.catalog.domain.CatalogRepository;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.WorkflowDefinition;
import ir.portal.desk.domain.WorkflowDraft;
import ir.portal.desk.domain.WorkflowRevised;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.history.FieldChanges;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The portal expert's work on workflow definitions. A saved edit is the next revision: new requests start on it,
 * requests already running finish on the revision they started with.
 */
@Stateless
@Requires(Right.WORKFLOWS_EDIT)
public class WorkflowAdministration {

    private static final Logger LOG = Logger.getLogger(WorkflowAdministration.class.getName());

    @Inject
    CurrentActor actors;

    @Inject
    Clock clock;

    @Inject
    DeskRepository desk;

    @Inject
    CatalogRepository cards;

    @Inject
    Event<WorkflowRevised> revised;

    public List<WorkflowRow> workflows() {
        return desk.activeWorkflows().stream()
                .map(w -> new WorkflowRow(
                        w.getId(),
                        w.getVersion(),
                        w.getServiceCard().getId(),
                        w.getServiceCard().content().getTitle(),
                        w.getRevision(),
                        w.stages().size(),
                        w.transitions().size(),
                        w.getCreatedAt(),
                        w.getCreatedBy()))
                .toList();
    }

    /**
     * The active revision of a service's workflow, to edit; for a service without one, a starting point: one
     * review stage, answered or refused by the unit's case officer.
     */
    public EditableWorkflow edit(long serviceCardId) {
        ServiceCard card = cards.get(serviceCardId);
        return desk.activeWorkflow(serviceCardId)
                .map(w -> new EditableWorkflow(
                        serviceCardId,
                        card.content().getTitle(),
                        w.getId(),
                        w.getVersion(),
                        w.getRevision(),
                        w.draft()))
                .orElseGet(() -> new EditableWorkflow(
                        serviceCardId, card.content().getTitle(), 0, 0, 0, WorkflowDraft.starter()));
    }

    /** The published services that take no requests yet, for the expert to give a workflow. */
    public List<ServiceChoice> servicesWithout() {
        return desk.publishedCardsWithoutWorkflow().stream()
                .map(c -> new ServiceChoice(c.getId(), c.content().getTitle()))
                .toList();
    }

    /**
     * Saves the draft as the next revision of the service's workflow. {@code basedOn} and {@code version} are the
     * revision the expert edited: if another expert saved in between, nothing is saved and they are told.
     */
    public int revise(long serviceCardId, long basedOn, long version, WorkflowDraft draft) {
        draft.problems().throwIfAny();
        ServiceCard card = cards.get(serviceCardId);
        Actor actor = actors.get();
        String expert = actor.username();
        Optional<WorkflowDefinition> active = desk.activeWorkflow(serviceCardId);
        Map<String, Object> before =
                active.map(current -> current.draft().asFields()).orElse(Map.of());
        if (active.isEmpty() && basedOn != 0) {
            throw new ConcurrentEdit("Workflow of service " + serviceCardId, new OptimisticLockException());
        }
        active.ifPresent(current -> {
            if (current.getId() != basedOn || current.getVersion() != version) {
                throw new ConcurrentEdit("Workflow of service " + serviceCardId, new OptimisticLockException(current));
            }
            current.retire();
        });
        int revision = desk.lastRevision(serviceCardId) + 1;
        desk.add(new WorkflowDefinition(card, revision, draft, expert, clock.instant()));
        revised.fire(
                new WorkflowRevised(serviceCardId, revision, FieldChanges.between(before, draft.asFields()), actor));
        LOG.info(() -> expert + " saved revision " + revision + " of the workflow of service " + serviceCardId);
        return revision;
    }

    /** A service to give a workflow. */
    public record ServiceChoice(long id, LocalizedText title) {}

    /** A workflow in the expert's list. */
    public record WorkflowRow(
            long id,
            long version,
            long serviceId,
            LocalizedText service,
            int revision,
            int stages,
            int transitions,
            Instant createdAt,
            String createdBy) {}

    /** The active revision of a workflow as a draft to change. */
    public record EditableWorkflow(
            long serviceId, LocalizedText service, long workflowId, long version, int revision, WorkflowDraft draft) {}
}
