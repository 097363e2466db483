package ir.portal.platform.audit;

import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.util.List;

/**
 * A domain event that the audit log keeps. Features raise their events through CDI; {@link AuditLog} observes
 * every one of this type inside the transaction that raised it, so the entry exists exactly when the change does.
 */
public interface Audited {

    Actor actor();

    /** What was done, as {@code feature.thing.verb}: {@code desk.request.moved}. */
    String action();

    /** What it was done to, as {@code Kind:id}: {@code ServiceRequest:4711}. */
    String subject();

    /** Whether visitors would see the change: the public pages kept in memory are let go of once it commits. */
    default boolean changesPublicPages() {
        return false;
    }

    /** The fields that changed, if the action changed fields. */
    default List<FieldChange> changes() {
        return List.of();
    }
}
