package ir.portal.platform.audit;

import ir.portal.platform.history.FieldChanges;
import ir.portal.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The audit log store that every feature writes through its domain events: an entry per {@link Audited} event,
 * in the same transaction as the change, so a rollback leaves neither.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    void record(@Observes Audited event) {
        Actor actor = event.actor();
        em.persist(new AuditEntry(
                clock.instant(),
                actor.username(),
                actor.unit() == null ? null : actor.unit().getCode(),
                actor.client(),
                event.action(),
                event.subject(),
                event.changes().isEmpty() ? null : FieldChanges.toJson(event.changes())));
    }

    /** How many entries the subject has, newest included (for the tests; people read the log through {@link AuditQueries}). */
    public long count(String subject) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.subject = :s", Long.class)
                .setParameter("s", subject)
                .getSingleResult();
    }
}
