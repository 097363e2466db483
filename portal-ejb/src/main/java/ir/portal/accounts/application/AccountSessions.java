package ir.portal.accounts.application;

import ir.portal.accounts.domain.AccountStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The state each signed-in request checks, read in one small query from the database, so that disabling an
 * account or changing its password ends its sessions at once on every node.
 */
@ApplicationScoped
public class AccountSessions {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public SessionState state(String username) {
        return em.createQuery(
                        "SELECT a.status, a.sessionsEndedAt, a.passwordChangeDue FROM Account a "
                                + "WHERE a.username = :u",
                        Object[].class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .map(row -> new SessionState(row[0] == AccountStatus.ACTIVE, (Instant) row[1], (Boolean) row[2]))
                .orElse(SessionState.GONE);
    }
}
