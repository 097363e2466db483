package ir.portal.notify.application;

import ir.portal.notify.domain.MailStatus;
import ir.portal.notify.domain.OutboxMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database side of sending: each step is its own short transaction, so a slow or absent mail server never
 * holds a transaction open, and a claim is committed before the message leaves.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.outbox.first-retry-seconds", defaultValue = "60")
    private long firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "portal.outbox.max-attempts", defaultValue = "12")
    private int maxAttempts;

    @Inject
    Clock clock;

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(6);

    public List<Long> dueIds(int limit) {
        return em.createQuery(
                        "SELECT m.id FROM OutboxMail m WHERE m.status IN :open AND m.nextAttemptAt <= :now"
                                + " ORDER BY m.nextAttemptAt, m.id",
                        Long.class)
                .setParameter("open", List.of(MailStatus.PENDING, MailStatus.SENDING))
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    /** Takes the message for one attempt; empty if it is not due or another sender took it first. */
    public Optional<OutgoingMail> claim(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null || !mail.isDue(clock.instant())) {
            return Optional.empty();
        }
        mail.claim(clock.instant(), LEASE);
        try {
            em.flush();
        } catch (OptimisticLockException lostRace) {
            return Optional.empty();
        }
        return Optional.of(new OutgoingMail(mail.getId(), mail.getRecipient(), mail.getSubject(), mail.getBody()));
    }

    public void sent(long id) {
        em.find(OutboxMail.class, id).sent(clock.instant());
    }

    public void failed(long id, String error) {
        em.find(OutboxMail.class, id)
                .failed(error, clock.instant(), Duration.ofSeconds(firstRetrySeconds), LONGEST_PAUSE, maxAttempts);
    }

    public Optional<MailStatus> status(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id)).map(OutboxMail::getStatus);
    }
}
