package ir.portal.content.application;

import ir.portal.content.domain.ContentItem;
import ir.portal.content.domain.ContentKind;
import ir.portal.content.domain.ContentSnapshot;
import ir.portal.content.domain.ContentStatus;
import ir.portal.content.domain.ContentText;
import ir.portal.platform.review.PendingRevision;
import ir.portal.platform.review.ReviewState;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A content item as the console edits it: its kind, unit, text and publication window, the version the editor
 * started from, where it stands and, for a published item being changed, its pending revision.
 */
public class ContentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private ContentKind kind = ContentKind.NEWS;
    private String unitCode;
    private ContentStatus status = ContentStatus.DRAFT;
    private ContentText text = new ContentText();
    private LocalDate publishOn;
    private LocalDate expireOn;
    private String reviewComment;
    private String reviewedBy;
    private Long revisionVersion;
    private ReviewState revisionState;
    private String revisedBy;
    private Instant revisedAt;

    static ContentForm of(ContentItem item) {
        ContentForm form = new ContentForm();
        form.id = item.getId();
        form.version = item.getVersion();
        form.kind = item.getKind();
        form.status = item.getStatus();
        form.take(item.snapshot());
        form.reviewComment = item.getReviewComment();
        form.reviewedBy = item.getReviewedBy();
        return form;
    }

    /** The form filled from the published item's pending revision: what its author saved last, and where it stands. */
    void revision(ContentSnapshot whole, PendingRevision revision) {
        take(whole);
        revisionVersion = revision.getVersion();
        revisionState = revision.getState();
        revisedBy = revision.getEditedBy();
        revisedAt = revision.getEditedAt();
        reviewComment = revision.getComment();
        reviewedBy = revision.getReviewedBy();
    }

    /** The form filled from an earlier revision, to be saved like any edit. */
    void take(ContentSnapshot whole) {
        unitCode = whole.getUnitCode();
        text = whole.getText();
        publishOn = whole.getPublishOn();
        expireOn = whole.getExpireOn();
    }

    ContentSnapshot snapshot() {
        return ContentSnapshot.of(unitCode, text, publishOn, expireOn);
    }

    public boolean isPublished() {
        return status == ContentStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ContentKind getKind() {
        return kind;
    }

    public void setKind(ContentKind kind) {
        this.kind = kind;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public ContentText getText() {
        return text;
    }

    public LocalDate getPublishOn() {
        return publishOn;
    }

    public void setPublishOn(LocalDate publishOn) {
        this.publishOn = publishOn;
    }

    public LocalDate getExpireOn() {
        return expireOn;
    }

    public void setExpireOn(LocalDate expireOn) {
        this.expireOn = expireOn;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Long getRevisionVersion() {
        return revisionVersion;
    }

    public ReviewState getRevisionState() {
        return revisionState;
    }

    public String getRevisedBy() {
        return revisedBy;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }
}
