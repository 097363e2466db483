package ir.portal.content.application;

import ir.portal.accounts.application.UnitChoice;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.content.domain.ContentAction;
import ir.portal.content.domain.ContentItem;
import ir.portal.content.domain.ContentKind;
import ir.portal.content.domain.ContentRepository;
import ir.portal.content.domain.ContentRow;
import ir.portal.content.domain.ContentSnapshot;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.files.FileIntake;
import ir.portal.platform.files.KeptFileView;
import ir.portal.platform.files.KeptFiles;
import ir.portal.platform.files.Upload;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.history.FieldChanges;
import ir.portal.platform.paging.Page;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.review.PendingRevision;
import ir.portal.platform.review.PendingRevisions;
import ir.portal.platform.review.RevisionLine;
import ir.portal.platform.review.Revisions;
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
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The staff's writing of content: an editor writes the items of their unit's sub-site, the portal expert of every
 * unit. Saving a published item keeps its next version for review ({@link ContentReview}) while visitors read the
 * published one. Every save keeps a revision; any two compare, and an earlier one fills the form again.
 */
@Stateless
@Requires(Right.CONTENT_EDIT)
public class ContentService {

    private static final Logger LOG = Logger.getLogger(ContentService.class.getName());

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
    Revisions revisions;

    @Inject
    ContentHistory history;

    @Inject
    KeptFiles files;

    public long create(ContentForm form) {
        Actor actor = actors.get();
        if (!form.getText().getAttachmentIds().isEmpty() || form.getText().getCoverId() != null) {
            throw new Refused(actor + " listed files for an item that has none yet");
        }
        OrgUnit unit = validUnit(form, actor);
        ContentItem item = ContentItem.draft(form.getKind(), form.snapshot(), unit, actor.username(), clock.instant());
        items.add(item);
        items.flush(item);
        history.record(item, ContentAction.CREATED, Map.of(), actor);
        LOG.info(() -> actor + " wrote " + form.getKind() + " " + item.getId());
        return item.getId();
    }

    /**
     * Saves the item as the form has it: at once while it is not public, as its pending next version once it is
     * published. The kind stays what it was.
     */
    public void update(long id, ContentForm form) {
        Actor actor = actors.get();
        ContentItem item = editable(items.findForChange(id, form.getVersion()), actor);
        List<Long> attached = form.getText().getAttachmentIds();
        if (files.of(owner(id), attached).size() != attached.size()) {
            throw new Refused(actor + " listed files that item " + id + " does not have: " + attached);
        }
        Long cover = form.getText().getCoverId();
        if (cover != null
                && files.of(owner(id), List.of(cover)).stream()
                        .noneMatch(f -> FileIntake.PICTURES.contains(f.mediaType()))) {
            throw new Refused(actor + " chose a cover that is not a picture of item " + id + ": " + cover);
        }
        form.setKind(item.getKind());
        OrgUnit unit = validUnit(form, actor);
        if (!item.isPublished()) {
            Map<String, Object> before = item.fields();
            item.revise(form.snapshot(), unit, actor.username(), clock.instant());
            items.flush(item);
            history.record(item, ContentAction.EDITED, before, actor);
            return;
        }
        Optional<PendingRevision> seen = pending.forChange(ContentItem.KIND, id, form.getRevisionVersion());
        Map<String, Object> before = seen.map(r -> snapshot(r).fields())
                .orElseGet(() -> item.snapshot().fields());
        PendingRevision revision = seen.orElseGet(() -> {
            PendingRevision created = new PendingRevision(ContentItem.KIND, id, item.getUnit());
            pending.add(created);
            return created;
        });
        ContentSnapshot next = form.snapshot();
        revision.save(Snapshots.write(next), actor.username(), clock.instant());
        pending.flush(revision);
        history.record(id, ContentAction.REVISED, before, next.fields(), next, actor);
    }

    /** The items the caller works on, a page at a time: every unit's for the portal expert, their unit's otherwise. */
    public Page<ContentRow> list(ContentKind kind, int first, int size) {
        Actor actor = actors.get();
        OrgUnit scope = actor.may(Right.CONTENT_EVERY_UNIT) ? null : actor.unit();
        PageRequest page = PageRequest.of(first, size);
        return Page.of(items.page(scope, kind, page.first(), page.size()), items.count(scope, kind), page);
    }

    /** The item as the console edits it: a published item's pending revision where it has one. */
    public ContentForm edit(long id) {
        ContentItem item = editable(items.get(id), actors.get());
        ContentForm form = ContentForm.of(item);
        pending.of(ContentItem.KIND, id).ifPresent(r -> form.revision(snapshot(r), r));
        return form;
    }

    /** The item's revisions, newest first. */
    public List<RevisionLine> history(long id) {
        editable(items.get(id), actors.get());
        return revisions.history(ContentItem.KIND, id);
    }

    /** What differs between two revisions, from the first to the second. */
    public List<FieldChange> compare(long id, int from, int to) {
        editable(items.get(id), actors.get());
        return FieldChanges.between(
                revisions
                        .kept(ContentItem.KIND, id, from, ContentSnapshot.class)
                        .fields(),
                revisions.kept(ContentItem.KIND, id, to, ContentSnapshot.class).fields());
    }

    /** The form filled from an earlier revision; saving it is an ordinary save, through review if published. */
    public ContentForm restore(long id, int number) {
        ContentForm form = edit(id);
        form.take(revisions.kept(ContentItem.KIND, id, number, ContentSnapshot.class));
        return form;
    }

    /**
     * Keeps a document or picture for the item, to be shown once the form that lists it is saved: at once on an
     * item that is not public, with its revision's publication on a published one.
     */
    public KeptFileView keepFile(long id, Upload upload) {
        Actor actor = actors.get();
        editable(items.get(id), actor);
        return files.keep(owner(id), upload, FileIntake.DOCUMENTS, "attachment", actor.username());
    }

    /** Keeps a picture (JPEG or PNG) for the item's cover, shown once the form that names it is saved. */
    public KeptFileView keepCover(long id, Upload upload) {
        Actor actor = actors.get();
        editable(items.get(id), actor);
        return files.keep(owner(id), upload, FileIntake.PICTURES, "cover", actor.username());
    }

    /** The item's kept files of {@code ids}, in that order, as the form lists them. */
    public List<KeptFileView> files(long id, List<Long> ids) {
        editable(items.get(id), actors.get());
        return files.of(owner(id), ids);
    }

    static String owner(long id) {
        return ContentItem.fileOwner(id);
    }

    /** The units an item may belong to, as the caller may choose them. */
    public List<UnitChoice> units() {
        Actor actor = actors.get();
        return accounts.units().stream()
                .filter(u -> actor.reaches(u, Right.CONTENT_EVERY_UNIT))
                .map(UnitChoice::of)
                .toList();
    }

    static ContentSnapshot snapshot(PendingRevision revision) {
        return Snapshots.read(revision.getSnapshot(), ContentSnapshot.class);
    }

    static ContentItem editable(ContentItem item, Actor actor) {
        if (!actor.reaches(item.getUnit(), Right.CONTENT_EVERY_UNIT)) {
            throw new Refused(actor + " may not change " + item.getKind() + " " + item.getId() + " of unit "
                    + item.getUnit().getCode());
        }
        return item;
    }

    private OrgUnit validUnit(ContentForm form, Actor actor) {
        Problems problems = new Problems();
        OrgUnit unit = form.getUnitCode() == null
                ? null
                : accounts.findUnit(form.getUnitCode()).orElse(null);
        problems.addIf(unit == null, "unitCode", Problems.REQUIRED);
        try {
            ContentValidator.check(form);
        } catch (InvalidInput e) {
            e.problems().forEach(problems::add);
        }
        problems.throwIfAny();
        if (!actor.reaches(unit, Right.CONTENT_EVERY_UNIT)) {
            throw new Refused(actor + " may not give an item to unit " + unit.getCode());
        }
        return unit;
    }
}
