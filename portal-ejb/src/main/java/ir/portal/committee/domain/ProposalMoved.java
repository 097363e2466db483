package ir.portal.committee.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A proposal changed state (drafted, submitted, screened, returned, decided, provisioned, published). */
public record ProposalMoved(Proposal proposal, ProposalStep step, Actor actor) implements Audited {

    @Override
    public String action() {
        return "committee.proposal."
                + step.getTo().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String subject() {
        return "Proposal:" + proposal.getId();
    }

    @Override
    public List<FieldChange> changes() {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange(
                "status", Objects.toString(step.getFrom(), null), step.getTo().name()));
        if (step.getNote() != null) {
            changes.add(new FieldChange("note", null, step.getNote()));
        }
        if (step.getMeetingId() != null) {
            changes.add(new FieldChange("meeting", null, step.getMeetingId().toString()));
        }
        return changes;
    }
}
