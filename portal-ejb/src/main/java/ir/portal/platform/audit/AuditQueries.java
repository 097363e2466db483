package ir.portal.platform.audit;

import ir.portal.platform.paging.Page;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the audit viewer reads: entries newest first, filtered, paged and counted in the database, and the actions
 * there are to choose from. Only those who answer for the whole portal read it: it shows everyone's actions.
 */
@Stateless
@Requires(Right.AUDIT_READ)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditQueries {

    /**
     * LIKE's escape on H2 and PostgreSQL when a query names none. Naming one ({@code ESCAPE '!'}) would make
     * EclipseLink write the whole statement with literals in place of parameters.
     */
    private static final char ESCAPE = '\\';

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** One page of the entries the filter asks for, with how many there are in all. */
    public Page<AuditRow> page(AuditFilter filter, PageRequest request) {
        Where where = where(filter);
        return Page.of(rows(where, request), count(where), request);
    }

    /** The rows of one page, for a table that counts on its own ({@link #count}). */
    public List<AuditRow> rows(AuditFilter filter, PageRequest request) {
        return rows(where(filter), request);
    }

    public long count(AuditFilter filter) {
        return count(where(filter));
    }

    /** Every action the log holds, in their codes' order, for the viewer to offer. */
    public List<String> actions() {
        return em.createQuery("SELECT DISTINCT a.action FROM AuditEntry a ORDER BY a.action", String.class)
                .getResultList();
    }

    /**
     * The conditions of a filter. A person typed in full is that person alone ({@code citizen} is not
     * {@code citizen2}); a name that is nobody's, as an account or in the log, is taken as the beginning of names,
     * in any case. Days are the organisation's ({@code portal.zone}): an entry at 00:30 in Tehran belongs to that
     * day, although it is the evening before in UTC.
     */
    private Where where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.person() != null) {
            if (someoneIsNamed(filter.person())) {
                conditions.add("a.username = :person");
                parameters.put("person", filter.person());
            } else {
                conditions.add("LOWER(a.username) LIKE :person");
                parameters.put("person", literal(filter.person().toLowerCase(Locale.ROOT)) + "%");
            }
        }
        if (filter.action() != null) {
            conditions.add("a.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.subject() != null) {
            conditions.add("LOWER(a.subject) LIKE :subject");
            parameters.put("subject", "%" + literal(filter.subject().toLowerCase(Locale.ROOT)) + "%");
        }
        filter.start(clock.getZone()).ifPresent(start -> {
            conditions.add("a.at >= :start");
            parameters.put("start", start);
        });
        filter.end(clock.getZone()).ifPresent(end -> {
            conditions.add("a.at < :end");
            parameters.put("end", end);
        });
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
    }

    private List<AuditRow> rows(Where where, PageRequest request) {
        return where.bind(em.createQuery(
                        "SELECT NEW ir.portal.platform.audit.AuditRow(a.id, a.at, a.username, a.unitCode, a.client,"
                                + " a.action, a.subject, a.changes) FROM AuditEntry a" + where.clause()
                                + " ORDER BY a.at DESC, a.id DESC",
                        AuditRow.class))
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
    }

    private long count(Where where) {
        return where.bind(em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where.clause(), Long.class))
                .getSingleResult();
    }

    private boolean someoneIsNamed(String username) {
        return !em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                        .setParameter("u", username)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()
                || !em.createQuery("SELECT a.id FROM AuditEntry a WHERE a.username = :u", Long.class)
                        .setParameter("u", username)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }

    /** The text as LIKE reads it literally: its own wildcards escaped. */
    private static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    private record Where(String clause, Map<String, Object> parameters) {

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
