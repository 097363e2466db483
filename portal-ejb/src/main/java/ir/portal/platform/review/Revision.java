package ir.portal.platform.review;

import ir.portal.platform.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of an item under review (a news item, a page, a menu): who, when, what they did, which fields changed
 * from what to what (JSON), and the whole item as it left it, to compare any two revisions and restore one.
 */
@Entity
@Table(name = "item_revision")
public class Revision extends BaseEntity {

    @Column(name = "subject_kind", nullable = false, length = 40)
    private String subjectKind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "number", nullable = false)
    private int number;

    /** What was done, as the feature names it ({@code PUBLISHED}). */
    @Column(name = "action", nullable = false, length = 30)
    private String action;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** A JSON array of {field, before, after}. */
    @Column(name = "changes", nullable = false, length = 1000000)
    private String changes;

    /** The whole item as this revision left it ({@link Snapshots}), where the step changed its fields. */
    @Column(name = "snapshot", length = 1000000)
    private String snapshot;

    protected Revision() {}

    Revision(
            String subjectKind,
            long subjectId,
            int number,
            String action,
            String changedBy,
            Instant changedAt,
            String changes,
            String snapshot) {
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.number = number;
        this.action = action;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.changes = changes;
        this.snapshot = snapshot;
    }

    public int getNumber() {
        return number;
    }

    public String getAction() {
        return action;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChanges() {
        return changes;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
