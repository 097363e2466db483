package ir.portal.accounts.application;

import ir.portal.accounts.domain.SignInFailure;
import ir.portal.accounts.domain.SignInFailure.GuessingRules;
import ir.portal.accounts.domain.SignInFailure.Wait;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The failed sign-ins per typed name and client, each counted in its own transaction so that a refused sign-in
 * still counts and two nodes count on the same row (under its lock).
 */
@Stateless
public class SignInFailures {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.sign-in.slow-after", defaultValue = "5")
    int slowAfter;

    @Inject
    @ConfigProperty(name = "portal.sign-in.lock-after", defaultValue = "10")
    int lockAfter;

    @Inject
    @ConfigProperty(name = "portal.sign-in.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /** How long the client must wait before it may try the name again; empty when it may try now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Wait> waitFor(String username, String clientKey) {
        SignInFailure failure = em.find(SignInFailure.class, SignInFailure.key(username, clientKey));
        return failure == null ? Optional.empty() : failure.waitAt(clock.instant(), rules());
    }

    /** Counts a failure and says how long the client must now wait, if at all. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Wait> failed(String username, String clientKey) {
        String key = SignInFailure.key(username, clientKey);
        SignInFailure failure = em.find(SignInFailure.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (failure == null) {
            failure = new SignInFailure(username, clientKey);
            em.persist(failure);
        } else if (failure.lockPassed(clock.instant(), rules())) {
            failure.restart();
        }
        failure.fail(clock.instant());
        return failure.waitAt(clock.instant(), rules());
    }

    /** The right password from this client: its count starts again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(String username, String clientKey) {
        em.createQuery("DELETE FROM SignInFailure f WHERE f.key = :key")
                .setParameter("key", SignInFailure.key(username, clientKey))
                .executeUpdate();
    }

    /** The admin lifts the slowdown and the locks of the name, for every client. */
    public int unlock(String username) {
        return em.createQuery("DELETE FROM SignInFailure f WHERE f.username = :u")
                .setParameter("u", username)
                .executeUpdate();
    }

    /** Whether some client is locked out of the name now (for the admin's list). */
    public boolean isLocked(String username) {
        return em.createQuery("SELECT f FROM SignInFailure f WHERE f.username = :u", SignInFailure.class)
                .setParameter("u", username)
                .getResultStream()
                .anyMatch(f ->
                        f.waitAt(clock.instant(), rules()).filter(Wait::locked).isPresent());
    }

    public GuessingRules rules() {
        return new GuessingRules(slowAfter, lockAfter, Duration.ofMinutes(lockMinutes));
    }
}
