package ir.portal.web.admin.content;

import ir.portal.accounts.application.UnitChoice;
import ir.portal.content.application.ContentForm;
import ir.portal.content.application.ContentReview;
import ir.portal.content.application.ContentService;
import ir.portal.content.application.SiteService;
import ir.portal.content.domain.ContentKind;
import ir.portal.content.domain.ContentStatus;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.files.KeptFileView;
import ir.portal.platform.files.Upload;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.review.ReviewState;
import ir.portal.platform.review.RevisionLine;
import ir.portal.platform.security.Right;
import ir.portal.web.Ids;
import ir.portal.web.files.FileParts;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /admin/content/edit.xhtml}: writing an item of one's unit and taking it through review. A published item is
 * edited as its next version while visitors read the published one. A refused save keeps everything typed and names
 * each field in trouble.
 */
@Named
@ViewScoped
public class ContentEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContentService content;

    @Inject
    private ContentReview review;

    @Inject
    private SiteService site;

    @Inject
    @Named("may")
    private Map<String, Boolean> may;

    private String id;
    private String kind;
    private String from;
    private ContentForm form;
    private List<UnitChoice> units;
    private List<RevisionLine> history;
    private String comment;
    private Integer restoredFrom;
    private Integer compareFrom;
    private Integer compareTo;
    private List<FieldChange> comparison;
    private transient Part file;
    private transient Part coverFile;
    private transient KeptFileView shownCover;

    public void load() throws IOException {
        units = content.units();
        if (id == null || id.isBlank()) {
            form = new ContentForm();
            Arrays.stream(ContentKind.values())
                    .filter(k -> k.name().equals(kind))
                    .findFirst()
                    .ifPresent(form::setKind);
            if (units.size() == 1) {
                form.setUnitCode(units.get(0).code());
            }
            history = List.of();
            return;
        }
        Optional<Long> itemId = Ids.parse(id);
        if (itemId.isEmpty()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "item");
            return;
        }
        Optional<Integer> restoring =
                Ids.parse(from).filter(n -> n <= Integer.MAX_VALUE).map(Long::intValue);
        form = restoring.isPresent() ? content.restore(itemId.get(), restoring.get()) : content.edit(itemId.get());
        restoredFrom = restoring.orElse(null);
        history = content.history(itemId.get());
        List<Integer> kept = getRestorable();
        if (kept.size() > 1) {
            compareTo = kept.get(0);
            compareFrom = kept.get(1);
        }
    }

    public String save() {
        if (form.getId() == null) {
            return done("admin_content.saved", content.create(form));
        }
        content.update(form.getId(), form);
        return done(form.isPublished() ? "admin_content.revisionSaved" : "admin_content.saved", form.getId());
    }

    /** Keeps the chosen file and lists it in the form, which the next save keeps (through review once public). */
    public void attach() throws IOException {
        Optional<Upload> upload = FileParts.upload("attachment", file);
        file = null;
        if (upload.isEmpty()) {
            throw InvalidInput.of("attachment", "desk.file.required");
        }
        KeptFileView kept = content.keepFile(form.getId(), upload.get());
        List<Long> ids = new ArrayList<>(form.getText().getAttachmentIds());
        ids.add(kept.id());
        form.getText().setAttachmentIds(ids);
        Messages.addGlobalInfo(Texts.text("admin_content.attached"));
    }

    public void removeAttachment(long fileId) {
        List<Long> ids = new ArrayList<>(form.getText().getAttachmentIds());
        ids.remove(fileId);
        form.getText().setAttachmentIds(ids);
        Messages.addGlobalInfo(Texts.text("admin_content.attachmentRemoved"));
    }

    /** Keeps the chosen picture as the form's cover, which the next save keeps (through review once public). */
    public void setCover() throws IOException {
        Optional<Upload> upload = FileParts.upload("cover", coverFile);
        coverFile = null;
        if (upload.isEmpty()) {
            throw InvalidInput.of("cover", "desk.file.required");
        }
        form.getText().setCoverId(content.keepCover(form.getId(), upload.get()).id());
        Messages.addGlobalInfo(Texts.text("admin_content.coverSet"));
    }

    public void removeCover() {
        form.getText().setCoverId(null);
        Messages.addGlobalInfo(Texts.text("admin_content.coverRemoved"));
    }

    /** The cover picture the form names, if any (read once for each picture chosen). */
    public KeptFileView getCover() {
        Long cover = form.getText().getCoverId();
        if (form.getId() == null || cover == null) {
            return null;
        }
        if (shownCover == null || shownCover.id() != cover) {
            shownCover = content.files(form.getId(), List.of(cover)).stream()
                    .findFirst()
                    .orElse(null);
        }
        return shownCover;
    }

    public Part getCoverFile() {
        return coverFile;
    }

    public void setCoverFile(Part coverFile) {
        this.coverFile = coverFile;
    }

    /** The files the form lists, in their order. */
    public List<KeptFileView> getAttachments() {
        return form.getId() == null
                ? List.of()
                : content.files(form.getId(), form.getText().getAttachmentIds());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String submit() {
        review.submit(form.getId(), form.getVersion(), form.getRevisionVersion());
        return done("admin_content.submitted", form.getId());
    }

    public String publish() {
        review.publish(form.getId(), form.getVersion(), form.getRevisionVersion());
        return done("admin_content.published", form.getId());
    }

    public String returnWith() {
        review.returnWith(form.getId(), form.getVersion(), form.getRevisionVersion(), comment);
        return done("admin_content.returned", form.getId());
    }

    public String archive() {
        review.archive(form.getId(), form.getVersion());
        return done("admin_content.archived", form.getId());
    }

    public String discard() {
        review.discard(form.getId(), form.getRevisionVersion());
        return done("admin_content.discarded", form.getId());
    }

    public void compare() {
        comparison =
                compareFrom == null || compareTo == null ? null : content.compare(form.getId(), compareFrom, compareTo);
    }

    private static String done(String key, long itemId) {
        Messages.addFlashGlobalInfo(Texts.text(key));
        return "/admin/content/edit.xhtml?faces-redirect=true&id=" + itemId;
    }

    /** Whether the author may change it now: not while the reviewer has it, not once archived. */
    public boolean isEditable() {
        ContentStatus status = form.getStatus();
        return form.getId() == null
                || status.isEditable()
                || (status == ContentStatus.PUBLISHED && form.getRevisionState() != ReviewState.IN_REVIEW);
    }

    /** Whether there is something to send for review: a saved draft, or a published item's saved next version. */
    public boolean isSubmittable() {
        return form.getId() != null
                && (form.getStatus().isEditable()
                        || (form.isPublished()
                                && form.getRevisionState() != null
                                && form.getRevisionState() != ReviewState.IN_REVIEW));
    }

    /** Features the published item on the home page (the portal expert), where the expert then orders it. */
    public String feature() {
        site.feature(form.getId());
        Messages.addFlashGlobalInfo(Texts.text("admin_content.featured"));
        return "/admin/content/site.xhtml?faces-redirect=true#place-FEATURED";
    }

    public boolean isMayFeature() {
        return Boolean.TRUE.equals(may.get(Right.SITE_EDIT.name()));
    }

    public boolean isMayPublish() {
        return Boolean.TRUE.equals(may.get(Right.CONTENT_PUBLISH.name()));
    }

    /** A reviewer looking at something that waits for them, or at their own draft. */
    public boolean isReviewing() {
        return isMayPublish()
                && form.getId() != null
                && (form.getStatus() == ContentStatus.IN_REVIEW
                        || form.getStatus().isEditable()
                        || form.getRevisionState() == ReviewState.IN_REVIEW);
    }

    /** Whether the reviewer may send it back: only what was sent. */
    public boolean isReturnable() {
        return isMayPublish()
                && (form.getStatus() == ContentStatus.IN_REVIEW || form.getRevisionState() == ReviewState.IN_REVIEW);
    }

    public boolean isArchivable() {
        return isMayPublish() && form.isPublished();
    }

    public List<Integer> getRestorable() {
        return history.stream()
                .filter(RevisionLine::restorable)
                .map(RevisionLine::number)
                .toList();
    }

    public ContentKind[] getKinds() {
        return ContentKind.values();
    }

    public ContentForm getForm() {
        return form;
    }

    public List<UnitChoice> getUnits() {
        return units;
    }

    public List<RevisionLine> getHistory() {
        return history;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Integer getRestoredFrom() {
        return restoredFrom;
    }

    public Integer getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(Integer compareFrom) {
        this.compareFrom = compareFrom;
    }

    public Integer getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(Integer compareTo) {
        this.compareTo = compareTo;
    }

    public List<FieldChange> getComparison() {
        return comparison;
    }
}
