package ir.portal.notify.domain;

import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.persistence.Repository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The outbox for its console: lists filtered, paged and sorted in the database, and a mail for a change. */
@ApplicationScoped
public class OutboxRepository extends Repository<OutboxMail> {

    /** The columns the console sorts by, by the names its table gives them. */
    private static final Map<String, String> SORTABLE = Map.of(
            "recipient", "m.recipient",
            "status", "m.status",
            "attempts", "m.attempts",
            "createdAt", "m.createdAt",
            "lastAttemptAt", "m.lastAttemptAt",
            "sentAt", "m.sentAt");

    private static final String DEFAULT_SORT = "createdAt";

    public OutboxRepository() {
        super(OutboxMail.class);
    }

    /** One page of the mails the filter lets through; newest first unless sorted by another column. */
    public List<OutboxRow> rows(OutboxFilter filter, String sortField, boolean ascending, PageRequest page) {
        String column = SORTABLE.getOrDefault(sortField == null ? DEFAULT_SORT : sortField, SORTABLE.get(DEFAULT_SORT));
        String direction = ascending ? " ASC" : " DESC";
        TypedQuery<OutboxRow> query = em.createQuery(
                "SELECT NEW ir.portal.notify.domain.OutboxRow(m.id, m.version, m.recipient, m.subject, m.status,"
                        + " m.attempts, m.createdAt, m.lastAttemptAt, m.sentAt, m.lastError)"
                        + " FROM OutboxMail m" + where(filter)
                        + " ORDER BY " + column + direction + ", m.id" + direction,
                OutboxRow.class);
        return bind(query, filter)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(OutboxFilter filter) {
        return bind(em.createQuery("SELECT COUNT(m) FROM OutboxMail m" + where(filter), Long.class), filter)
                .getSingleResult();
    }

    private static String where(OutboxFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("m.status = :status");
        }
        if (filter.recipient() != null) {
            conditions.add("LOWER(m.recipient) LIKE :recipient ESCAPE '!'");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, OutboxFilter filter) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.recipient() != null) {
            query.setParameter("recipient", filter.recipientPattern());
        }
        return query;
    }
}
