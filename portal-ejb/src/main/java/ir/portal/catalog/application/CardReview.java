package ir.portal.catalog.application;

import static ir.portal.catalog.application.CatalogService.editable;
import static ir.portal.catalog.application.CatalogService.snapshot;

import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.catalog.domain.CardAction;
import ir.portal.catalog.domain.CardSnapshot;
import ir.portal.catalog.domain.CatalogRepository;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.NotFound;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.history.FieldChanges;
import ir.portal.platform.review.PendingRevision;
import ir.portal.platform.review.PendingRevisions;
import ir.portal.platform.review.ReviewMail;
import ir.portal.platform.review.ReviewState;
import ir.portal.platform.review.Snapshots;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The review of a published card's next version, which {@link CatalogService#update} keeps while the card stays
 * live: its author sends it to the unit's managers, one of them (or the portal expert) publishes it or returns it
 * with a comment; and any two kept revisions compared, an earlier one restored into the form.
 */
@Stateless
@Requires(Right.CARDS_EDIT)
public class CardReview {

    @Inject
    CatalogRepository cards;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentActor actors;

    @Inject
    Clock clock;

    @Inject
    CardRevisions revisions;

    @Inject
    PendingRevisions pending;

    @Inject
    ReviewMail mail;

    @Inject
    CatalogService catalog;

    /** Sends a published card's next version to the unit's reviewers. */
    public void submit(long id, long revisionVersion) {
        Actor actor = actors.get();
        ServiceCard card = editable(cards.get(id), actor);
        PendingRevision revision = revision(id, revisionVersion);
        revision.submit(clock.instant());
        pending.flush(revision);
        revisions.record(id, CardAction.SUBMITTED, Map.of(), Map.of(), null, actor);
        mail.submitted(subject(card), revision.getEditedBy());
    }

    /** Publishes a card's next version: the card visitors read becomes what the revision says. */
    @Requires(Right.CARDS_PUBLISH)
    public void publish(long id, long version, long revisionVersion) {
        Actor actor = actors.get();
        ServiceCard card = editable(cards.findForChange(id, version), actor);
        PendingRevision revision = revision(id, revisionVersion);
        if (revision.getState() != ReviewState.IN_REVIEW) {
            throw InvalidInput.of("review", PendingRevision.NOT_NOW);
        }
        CardSnapshot next = snapshot(revision);
        OrgUnit unit = accounts.findUnit(next.getUnitCode())
                .filter(u -> actor.reaches(u, Right.CARDS_EVERY_UNIT))
                .orElseThrow(() -> new Refused(actor + " may not give card " + id + " to " + next.getUnitCode()));
        Map<String, Object> before = card.fields();
        card.revise(next.getContent(), next.getStages(), next.getLinks(), unit, actor.username(), clock.instant());
        card.republish(clock.instant());
        pending.remove(revision);
        cards.flush(card);
        revisions.record(id, CardAction.PUBLISHED, before, card.fields(), card.snapshot(), actor);
        mail.decided(subject(card), revision.getEditedBy(), null);
    }

    /** Returns a card's next version to its author with what is to change. */
    @Requires(Right.CARDS_PUBLISH)
    public void returnWith(long id, long revisionVersion, String comment) {
        Actor actor = actors.get();
        ServiceCard card = editable(cards.get(id), actor);
        String why = comment == null ? "" : comment.strip();
        new Problems()
                .addIf(why.isEmpty(), "comment", Problems.REQUIRED)
                .addIf(why.length() > 4000, "comment", Problems.TOO_LONG)
                .throwIfAny();
        PendingRevision revision = revision(id, revisionVersion);
        revision.returnWith(why, actor.username(), clock.instant());
        pending.flush(revision);
        revisions.record(id, CardAction.RETURNED, Map.of(), Map.of("comment", why), null, actor);
        mail.decided(subject(card), revision.getEditedBy(), why);
    }

    /** Drops a published card's next version that was not sent for review: the published card is all there is. */
    public void discard(long id, long revisionVersion) {
        Actor actor = actors.get();
        ServiceCard card = editable(cards.get(id), actor);
        PendingRevision revision = revision(id, revisionVersion);
        if (!revision.getState().isEditable()) {
            throw InvalidInput.of("review", PendingRevision.NOT_NOW);
        }
        Map<String, Object> before = snapshot(revision).fields(card.getStatus());
        pending.remove(revision);
        revisions.record(id, CardAction.REVISED, before, card.fields(), card.snapshot(), actor);
    }

    /** What differs between two revisions of a card that kept the whole card, from the first to the second. */
    public List<FieldChange> compare(long id, int from, int to) {
        editable(cards.get(id), actors.get());
        return FieldChanges.between(kept(id, from).fields(null), kept(id, to).fields(null));
    }

    /**
     * The card as the console edits it, filled from an earlier revision: saving it is an ordinary save (a new
     * version of a published card goes through review), so a restore loses nothing and skips no one.
     */
    public ServiceCardForm restore(long id, int number) {
        ServiceCardForm form = catalog.edit(id);
        form.restore(kept(id, number));
        return form;
    }

    private CardSnapshot kept(long cardId, int number) {
        return cards.revisions(cardId).stream()
                .filter(r -> r.getNumber() == number && r.getSnapshot() != null)
                .findFirst()
                .map(r -> Snapshots.read(r.getSnapshot(), CardSnapshot.class))
                .orElseThrow(() -> InvalidInput.of("revision", "catalog.revision.not-kept"));
    }

    private static ReviewMail.Subject subject(ServiceCard card) {
        return new ReviewMail.Subject(
                "card", card.getUnit(), card.content().getTitle(), "/admin/catalog/edit.xhtml?id=" + card.getId());
    }

    private PendingRevision revision(long cardId, long seen) {
        return pending.forChange(CatalogService.REVIEWED_CARD, cardId, seen)
                .orElseThrow(() -> new NotFound("No revision of card " + cardId));
    }
}
