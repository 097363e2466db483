package ir.portal.platform.audit;

import ir.portal.platform.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit log: who (account and unit), when, from which address, what they did to which thing,
 * and the thing's fields before and after (JSON, for changes). Written once, never changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "unit_code", length = 40)
    private String unitCode;

    @Column(name = "client", length = 64)
    private String client;

    @Column(name = "action", nullable = false, length = 80)
    private String action;

    @Column(name = "subject", nullable = false, length = 120)
    private String subject;

    @Column(name = "changes", length = 1000000)
    private String changes;

    protected AuditEntry() {}

    AuditEntry(
            Instant at,
            String username,
            String unitCode,
            String client,
            String action,
            String subject,
            String changes) {
        this.at = at;
        this.username = username;
        this.unitCode = unitCode;
        this.client = client;
        this.action = action;
        this.subject = subject;
        this.changes = changes;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getClient() {
        return client;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    /** The fields that changed as a JSON array of {field, before, after}, or null for an action on its own. */
    public String getChanges() {
        return changes;
    }
}
