package ir.portal.content.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.security.Actor;

/** A planned outage was added, changed or removed: the audit log keeps it, the outages page shows it at once. */
public record OutageChanged(long outageId, String verb, Actor actor) implements Audited {

    @Override
    public String action() {
        return "content.outage." + verb;
    }

    @Override
    public String subject() {
        return "PlannedOutage:" + outageId;
    }

    @Override
    public boolean changesPublicPages() {
        return true;
    }
}
