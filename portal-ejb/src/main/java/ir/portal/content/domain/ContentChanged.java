package ir.portal.content.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.util.List;
import java.util.Locale;

/**
 * A content item was written, sent, returned, published, revised or archived: the audit log keeps it, and what
 * visitors read changes where the item is or was published ({@link #changesPublicPages()}).
 */
public record ContentChanged(long itemId, ContentAction contentAction, List<FieldChange> changes, Actor actor)
        implements Audited {

    @Override
    public String action() {
        return "content.item." + contentAction.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String subject() {
        return ContentItem.KIND + ":" + itemId;
    }

    @Override
    public boolean changesPublicPages() {
        return contentAction == ContentAction.PUBLISHED || contentAction == ContentAction.ARCHIVED;
    }
}
