package ir.portal.catalog.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.util.List;
import java.util.Locale;

/** A service card was created, edited, published or withdrawn, with the fields that changed. */
public record CardChanged(long cardId, CardAction cardAction, List<FieldChange> changes, Actor actor)
        implements Audited {

    @Override
    public String action() {
        return "catalog.card." + cardAction.name().toLowerCase(Locale.ROOT);
    }

    /** A card is public once published: its publication, withdrawal and changes to it while published show. */
    @Override
    public boolean changesPublicPages() {
        return cardAction == CardAction.PUBLISHED
                || cardAction == CardAction.WITHDRAWN
                || cardAction == CardAction.EDITED;
    }

    @Override
    public String subject() {
        return "ServiceCard:" + cardId;
    }
}
