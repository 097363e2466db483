package ir.portal.committee.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.util.List;

/** A member voted on an agenda item. */
public record VoteCast(Vote vote, Actor actor) implements Audited {

    @Override
    public String action() {
        return "committee.vote.cast";
    }

    @Override
    public String subject() {
        return "AgendaItem:" + vote.getItem().getId();
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("choice", null, vote.getChoice().name()));
    }
}
