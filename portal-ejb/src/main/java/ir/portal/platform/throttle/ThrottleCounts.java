package ir.portal.platform.throttle;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The counters of {@link Throttle} in the database, so that every server node of a cluster sees the same count.
 * Each attempt is counted in its own transaction under a row lock, so a refused or failed action still counts and
 * two nodes never both let the attempt after the limit through.
 */
@Stateless
public class ThrottleCounts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** Counts one attempt of the client; the window says whether it is within the rule's limit. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ThrottleWindow count(ThrottleRule rule, String clientKey) {
        String key = rule.action() + " " + clientKey;
        Instant now = clock.instant();
        ThrottleCounter counter = em.find(ThrottleCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        ThrottleWindow next = ThrottleWindow.next(counter == null ? null : counter.window(), now, rule.window());
        if (counter == null) {
            em.persist(new ThrottleCounter(key, next));
            // a new window: the moment to let go of the windows that have ended
            em.createQuery("DELETE FROM ThrottleCounter c WHERE c.windowEnds < :old")
                    .setParameter("old", now.minus(Duration.ofHours(1)))
                    .executeUpdate();
        } else {
            counter.set(next);
        }
        return next;
    }
}
