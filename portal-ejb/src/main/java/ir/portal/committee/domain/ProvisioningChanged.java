package ir.portal.committee.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.util.List;
import java.util.Locale;

/** IT's task for an approved proposal was opened, its checklist ticked, or closed. */
public record ProvisioningChanged(ProvisioningTask task, Change change, List<FieldChange> changes, Actor actor)
        implements Audited {

    /** What happened to the task. */
    public enum Change {
        OPENED,
        CHECKED,
        CLOSED
    }

    @Override
    public String action() {
        return "committee.provisioning." + change.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String subject() {
        return "ProvisioningTask:" + task.getId();
    }
}
