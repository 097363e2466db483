package ir.portal.platform.audit;

import ir.portal.platform.history.FieldChange;
import ir.portal.platform.history.FieldChanges;
import java.time.Instant;
import java.util.List;

/** One line of the audit viewer: the columns it shows of an entry, with its field changes read from their JSON. */
public record AuditRow(
        long id,
        Instant at,
        String username,
        String unitCode,
        String client,
        String action,
        String subject,
        List<FieldChange> changes) {

    /** The row as the viewer's query selects it, the changes still as stored. */
    public AuditRow(
            Long id,
            Instant at,
            String username,
            String unitCode,
            String client,
            String action,
            String subject,
            String changes) {
        this(
                id,
                at,
                username,
                unitCode,
                client,
                action,
                subject,
                changes == null ? List.of() : FieldChanges.fromJson(changes));
    }
}
