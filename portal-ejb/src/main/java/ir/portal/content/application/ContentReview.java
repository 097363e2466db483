package ir.portal.content.application;

import static ir.portal.content.application.ContentService.editable;
import static ir.portal.content.application.ContentService.snapshot;

import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.content.domain.ContentAction;
import ir.portal.content.domain.ContentItem;
import ir.portal.content.domain.ContentRepository;
import ir.portal.content.domain.ContentSnapshot;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.NotFound;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.review.PendingRevision;
import ir.portal.platform.review.PendingRevisions;
import ir.portal.platform.review.ReviewMail;
import ir.portal.platform.review.ReviewState;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The review of content: its author sends an item (or a published item's next version) to the unit's managers;
 * one of them, or the portal expert, publishes it or returns it with a comment, and later archives it. Each step
 * is checked against the version the person saw.
 */
@Stateless
@Requires(Right.CONTENT_EDIT)
public class ContentReview {

    private static final String REVIEW = "review";

    @Inject
    ContentRepository items;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentActor actors;

    @Inject
    Clock clock;

    @Inject
    PendingRevisions pending;

    @Inject
    ContentHistory history;

    @Inject
    ReviewMail mail;

    /** Sends the item, or its pending next version if published, to its reviewers. */
    public void submit(long id, long version, Long revisionVersion) {
        Actor actor = actors.get();
        ContentItem item = editable(items.findForChange(id, version), actor);
        Optional<PendingRevision> revision = pending.forChange(ContentItem.KIND, id, revisionVersion);
        if (item.isPublished()) {
            PendingRevision next = revision.orElseThrow(() -> InvalidInput.of(REVIEW, PendingRevision.NOT_NOW));
            next.submit(clock.instant());
            pending.flush(next);
        } else {
            item.submit(actor.username(), clock.instant());
            items.flush(item);
        }
        history.record(id, ContentAction.SUBMITTED, Map.of(), Map.of(), null, actor);
        mail.submitted(subject(item), actor.username());
    }

    /**
     * Publishes the item: a draft or an item in review as it is, a published one as its pending next version; visitors
     * read it from its publication day on.
     */
    @Requires(Right.CONTENT_PUBLISH)
    public void publish(long id, long version, Long revisionVersion) {
        Actor actor = actors.get();
        ContentItem item = editable(items.findForChange(id, version), actor);
        Optional<PendingRevision> revision = pending.forChange(ContentItem.KIND, id, revisionVersion);
        Map<String, Object> before = item.fields();
        String author = item.getUpdatedBy();
        if (item.isPublished()) {
            PendingRevision next = revision.filter(r -> r.getState() == ReviewState.IN_REVIEW)
                    .orElseThrow(() -> InvalidInput.of(REVIEW, PendingRevision.NOT_NOW));
            ContentSnapshot whole = snapshot(next);
            OrgUnit unit = accounts.findUnit(whole.getUnitCode())
                    .filter(u -> actor.reaches(u, Right.CONTENT_EVERY_UNIT))
                    .orElseThrow(() -> new Refused(actor + " may not give item " + id + " to " + whole.getUnitCode()));
            item.take(whole, unit, next.getEditedBy(), clock.instant());
            author = next.getEditedBy();
            pending.remove(next);
        }
        item.publish(actor.username(), clock.instant(), clock.getZone());
        items.flush(item);
        history.record(item, ContentAction.PUBLISHED, before, actor);
        if (!author.equals(actor.username())) {
            mail.decided(subject(item), author, null);
        }
    }

    /** Returns the item, or a published item's next version, to its author with what is to change. */
    @Requires(Right.CONTENT_PUBLISH)
    public void returnWith(long id, long version, Long revisionVersion, String comment) {
        Actor actor = actors.get();
        ContentItem item = editable(items.findForChange(id, version), actor);
        String why = comment == null ? "" : comment.strip();
        new Problems()
                .addIf(why.isEmpty(), "comment", Problems.REQUIRED)
                .addIf(why.length() > 4000, "comment", Problems.TOO_LONG)
                .throwIfAny();
        Optional<PendingRevision> revision = pending.forChange(ContentItem.KIND, id, revisionVersion);
        String author;
        if (item.isPublished()) {
            PendingRevision next = revision.orElseThrow(() -> InvalidInput.of(REVIEW, PendingRevision.NOT_NOW));
            next.returnWith(why, actor.username(), clock.instant());
            pending.flush(next);
            author = next.getEditedBy();
        } else {
            item.returnWith(why, actor.username(), clock.instant());
            items.flush(item);
            author = item.getUpdatedBy();
        }
        history.record(id, ContentAction.RETURNED, Map.of(), Map.of("comment", why), null, actor);
        mail.decided(subject(item), author, why);
    }

    /** Takes a published item off the public pages; its history stays. */
    @Requires(Right.CONTENT_PUBLISH)
    public void archive(long id, long version) {
        Actor actor = actors.get();
        ContentItem item = editable(items.findForChange(id, version), actor);
        Map<String, Object> before = item.fields();
        item.archive(actor.username(), clock.instant());
        pending.of(ContentItem.KIND, id).ifPresent(pending::remove);
        items.flush(item);
        history.record(item, ContentAction.ARCHIVED, before, actor);
    }

    /** Drops a published item's next version that is not with the reviewer: the published item is all there is. */
    public void discard(long id, long revisionVersion) {
        Actor actor = actors.get();
        ContentItem item = editable(items.get(id), actor);
        PendingRevision revision = pending.forChange(ContentItem.KIND, id, revisionVersion)
                .orElseThrow(() -> new NotFound("No revision of item " + id));
        if (!revision.getState().isEditable()) {
            throw InvalidInput.of(REVIEW, PendingRevision.NOT_NOW);
        }
        Map<String, Object> before = snapshot(revision).fields();
        pending.remove(revision);
        history.record(id, ContentAction.REVISED, before, item.snapshot().fields(), item.snapshot(), actor);
    }

    private static ReviewMail.Subject subject(ContentItem item) {
        return new ReviewMail.Subject(
                "content", item.getUnit(), item.getText().getTitle(), "/admin/content/edit.xhtml?id=" + item.getId());
    }
}
