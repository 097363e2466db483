package ir.portal.content.application;

import ir.portal.content.domain.ContentAction;
import ir.portal.content.domain.ContentChanged;
import ir.portal.content.domain.ContentItem;
import ir.portal.content.domain.ContentSnapshot;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.review.Revisions;
import ir.portal.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Keeps an item's next revision and tells the audit log and the public pages ({@link ContentChanged}). */
@ApplicationScoped
class ContentHistory {

    @Inject
    Revisions revisions;

    @Inject
    Event<ContentChanged> changed;

    /** A step that left the item as it now is. */
    void record(ContentItem item, ContentAction action, Map<String, Object> before, Actor actor) {
        record(item.getId(), action, before, item.fields(), item.snapshot(), actor);
    }

    void record(
            long id,
            ContentAction action,
            Map<String, Object> before,
            Map<String, Object> after,
            ContentSnapshot whole,
            Actor actor) {
        List<FieldChange> changes = revisions.record(ContentItem.KIND, id, action.name(), before, after, whole, actor);
        changed.fire(new ContentChanged(id, action, changes, actor));
    }
}
