package ir.portal.platform.review;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.errors.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The next version of something already published, kept whole (a snapshot) until its reviewer publishes it: one
 * per item, named by the item's kind and id. The reviewer's unit is the item's.
 */
@Entity
@Table(name = "pending_revision")
public class PendingRevision extends BaseEntity {

    /** The message key of a step the revision's state does not allow. */
    public static final String NOT_NOW = "review.not-now";

    @Column(name = "subject_kind", nullable = false, length = 40)
    private String subjectKind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ReviewState state;

    @Column(name = "snapshot", nullable = false, length = 1000000)
    private String snapshot;

    @Column(name = "edited_by", nullable = false, length = 100)
    private String editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment", length = 4000)
    private String comment;

    protected PendingRevision() {}

    public PendingRevision(String subjectKind, long subjectId, OrgUnit unit) {
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.unit = unit;
        this.state = ReviewState.EDITING;
    }

    /** The author saves the next version again; a returned one is being edited again, the comment kept. */
    public void save(String newSnapshot, String by, Instant at) {
        if (!state.isEditable()) {
            throw InvalidInput.of("review", NOT_NOW);
        }
        snapshot = newSnapshot;
        state = ReviewState.EDITING;
        editedBy = by;
        editedAt = at;
    }

    /** The author sends it to the reviewer. */
    public void submit(Instant at) {
        if (!state.isEditable()) {
            throw InvalidInput.of("review", NOT_NOW);
        }
        state = ReviewState.IN_REVIEW;
        submittedAt = at;
    }

    /** The reviewer sends it back with what is to change. */
    public void returnWith(String reviewComment, String by, Instant at) {
        if (state != ReviewState.IN_REVIEW) {
            throw InvalidInput.of("review", NOT_NOW);
        }
        state = ReviewState.RETURNED;
        comment = reviewComment;
        reviewedBy = by;
        reviewedAt = at;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public ReviewState getState() {
        return state;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getComment() {
        return comment;
    }
}
