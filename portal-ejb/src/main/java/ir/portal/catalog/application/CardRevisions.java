package ir.portal.catalog.application;

import ir.portal.catalog.domain.CardAction;
import ir.portal.catalog.domain.CardChanged;
import ir.portal.catalog.domain.CardSnapshot;
import ir.portal.catalog.domain.CatalogRepository;
import ir.portal.catalog.domain.ServiceCardRevision;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.history.FieldChanges;
import ir.portal.platform.review.Snapshots;
import ir.portal.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Writes a card's next revision, with the fields that changed, and tells the audit log. */
@ApplicationScoped
class CardRevisions {

    @Inject
    CatalogRepository cards;

    @Inject
    Clock clock;

    @Inject
    Event<CardChanged> changed;

    /** The revision, with the whole card as the step left it ({@code snapshot}, or null where it changed no field). */
    void record(
            long cardId,
            CardAction action,
            Map<String, Object> before,
            Map<String, Object> after,
            CardSnapshot snapshot,
            Actor actor) {
        List<FieldChange> changes = FieldChanges.between(before, after);
        cards.add(new ServiceCardRevision(
                cardId,
                cards.lastRevisionNumber(cardId) + 1,
                action,
                actor.username(),
                clock.instant(),
                FieldChanges.toJson(changes),
                snapshot == null ? null : Snapshots.write(snapshot)));
        changed.fire(new CardChanged(cardId, action, changes, actor));
    }
}
