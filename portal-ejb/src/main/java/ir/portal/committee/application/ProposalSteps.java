package ir.portal.committee.application;

import ir.portal.committee.domain.CommitteeRepository;
import ir.portal.committee.domain.Proposal;
import ir.portal.committee.domain.ProposalMoved;
import ir.portal.committee.domain.ProposalStatus;
import ir.portal.committee.domain.ProposalStep;
import ir.portal.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;

/**
 * Moves a proposal and keeps the step: dated, attributed to the person and their unit, written to the proposal's
 * history and (through {@link ProposalMoved}) to the audit log and the mails, in the caller's transaction.
 */
@ApplicationScoped
class ProposalSteps {

    @Inject
    CommitteeRepository committee;

    @Inject
    Clock clock;

    @Inject
    Event<ProposalMoved> moved;

    void move(
            Proposal proposal, ProposalStatus to, Set<ProposalStatus> from, String note, Long meetingId, Actor actor) {
        String unit = actor.unit() == null ? null : actor.unit().getCode();
        record(proposal, proposal.move(to, from, actor.username(), unit, clock.instant(), note, meetingId), actor);
    }

    void record(Proposal proposal, ProposalStep step, Actor actor) {
        committee.add(step);
        committee.flush(proposal);
        moved.fire(new ProposalMoved(proposal, step, actor));
    }
}
