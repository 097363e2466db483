package ir.portal.desk.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.util.List;

/**
 * The portal expert saved the next revision of a service's workflow, with the stages, steps, fields and documents
 * that differ from the revision before. The subject is the service: each revision is a row of its own, and the
 * log of a workflow is the log of its service's revisions.
 */
public record WorkflowRevised(long serviceCardId, int revision, List<FieldChange> changes, Actor actor)
        implements Audited {

    @Override
    public String action() {
        return "desk.workflow.revised";
    }

    @Override
    public String subject() {
        return "Workflow:" + serviceCardId;
    }
}
