package ir.portal.catalog.domain;

import ir.portal.platform.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of a card: who, when, what they did, which fields changed from what to what (JSON), and the whole card
 * as it left it, to compare any two revisions and to restore one.
 */
@Entity
@Table(name = "service_card_revision")
public class ServiceCardRevision extends BaseEntity {

    @Column(name = "card_id", nullable = false)
    private long cardId;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private CardAction action;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** A JSON array of {field, before, after}. */
    @Column(name = "changes", nullable = false, length = 1000000)
    private String changes;

    /** The whole card as this revision left it ({@link CardSnapshot} as JSON), where the step changed its fields. */
    @Column(name = "snapshot", length = 1000000)
    private String snapshot;

    protected ServiceCardRevision() {}

    public ServiceCardRevision(
            long cardId,
            int number,
            CardAction action,
            String changedBy,
            Instant changedAt,
            String changes,
            String snapshot) {
        this.snapshot = snapshot;
        this.cardId = cardId;
        this.number = number;
        this.action = action;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.changes = changes;
    }

    public long getCardId() {
        return cardId;
    }

    public int getNumber() {
        return number;
    }

    public CardAction getAction() {
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
