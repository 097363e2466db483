package ir.portal.committee.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.util.List;

/** The unit changed what its proposal says. */
public record ProposalEdited(long proposalId, List<FieldChange> changes, Actor actor) implements Audited {

    @Override
    public String action() {
        return "committee.proposal.edited";
    }

    @Override
    public String subject() {
        return "Proposal:" + proposalId;
    }
}
