package ir.portal.committee.application;

import static ir.portal.committee.domain.Proposal.from;
import static ir.portal.committee.domain.ProposalStatus.APPROVED;
import static ir.portal.committee.domain.ProposalStatus.PROVISIONING;
import static ir.portal.committee.domain.ProposalStatus.PUBLISHED;

import ir.portal.catalog.domain.PublicationDecided;
import ir.portal.committee.domain.AgendaItem;
import ir.portal.committee.domain.CommitteeRepository;
import ir.portal.committee.domain.Proposal;
import ir.portal.committee.domain.ProvisioningChanged;
import ir.portal.committee.domain.ProvisioningChanged.Change;
import ir.portal.committee.domain.ProvisioningTask;
import ir.portal.committee.domain.ProvisioningTask.Checklist;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.history.FieldChanges;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * IT's part: the checklist of an approved proposal's task and its closing, which publishes the service card through
 * the catalog (the meeting's decision is its review, and the card's revision names it) and so opens the service on
 * the desk when the portal expert made it a workflow.
 */
@Stateless
@Requires(Right.SERVICES_PROVISION)
public class Provisioning {

    private static final Logger LOG = Logger.getLogger(Provisioning.class.getName());

    @Inject
    CommitteeRepository committee;

    @Inject
    DeskRepository desk;

    @Inject
    ProposalSteps steps;

    @Inject
    CurrentActor actors;

    @Inject
    Clock clock;

    @Inject
    Event<ProvisioningChanged> changed;

    @Inject
    Event<PublicationDecided> publication;

    public void check(long taskId, long version, Checklist checklist) {
        Actor actor = actors.get();
        ProvisioningTask task = committee.taskForChange(taskId, version);
        Map<String, Object> before = fields(task.checklist());
        task.check(
                checklist,
                desk.activeWorkflow(task.getProposal().getCard().getId()).isPresent());
        committee.flush();
        changed.fire(new ProvisioningChanged(
                task, Change.CHECKED, FieldChanges.between(before, fields(task.checklist())), actor));
    }

    /** Closes the task and publishes the service; only for a proposal the committee approved. */
    public void close(long taskId, long version) {
        Actor actor = actors.get();
        ProvisioningTask task = committee.taskForChange(taskId, version);
        Proposal proposal = task.getProposal();
        AgendaItem decided =
                committee.decidingItem(proposal.getId()).orElseThrow(() -> InvalidInput.of("status", Proposal.NOT_NOW));
        task.close(actor.username(), clock.instant());
        started(proposal, actor);
        steps.move(
                proposal,
                PUBLISHED,
                from(PROVISIONING),
                null,
                decided.getMeeting().getId(),
                actor);
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("meeting", decided.getMeeting().getNumber());
        basis.put("item", decided.getPosition());
        basis.put("proposal", proposal.getId());
        publication.fire(new PublicationDecided(proposal.getCard().getId(), basis, actor));
        changed.fire(new ProvisioningChanged(task, Change.CLOSED, List.of(), actor));
        LOG.info(() -> actor + " closed the provisioning of proposal " + proposal.getId() + "; its card is published");
    }

    /** The first thing IT does on a task moves the approved proposal to provisioning. */
    private void started(Proposal proposal, Actor actor) {
        if (proposal.getStatus() == APPROVED) {
            steps.move(proposal, PROVISIONING, from(APPROVED), null, null, actor);
        }
    }

    private static Map<String, Object> fields(Checklist c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("infrastructure", c.infrastructure());
        fields.put("databaseLink", c.databaseLink());
        fields.put("workflowAttached", c.workflowAttached());
        fields.put("tested", c.tested());
        fields.put("note", c.note());
        return fields;
    }
}
