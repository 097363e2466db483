package ir.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What the outbox holds for the tests: how many mails went to someone with a subject that names something. */
@ApplicationScoped
public class SentMail {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public long count(String recipient, String inSubject) {
        return em.createQuery(
                        "SELECT COUNT(m) FROM OutboxMail m WHERE m.recipient = :r AND m.subject LIKE :t", Long.class)
                .setParameter("r", recipient)
                .setParameter("t", "%" + inSubject + "%")
                .getSingleResult();
    }
}
