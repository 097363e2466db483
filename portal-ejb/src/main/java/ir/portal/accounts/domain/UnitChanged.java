package ir.portal.accounts.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.util.List;
import java.util.Locale;

/** A unit was created, edited or moved in the tree, with the fields that changed. */
public record UnitChanged(long unitId, Change change, List<FieldChange> changes, Actor actor) implements Audited {

    /** What was done to the unit. */
    public enum Change {
        CREATED,
        EDITED,
        MOVED
    }

    @Override
    public String action() {
        return "accounts.unit." + change.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String subject() {
        return "OrgUnit:" + unitId;
    }
}
