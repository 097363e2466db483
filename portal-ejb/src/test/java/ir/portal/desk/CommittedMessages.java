package ir.portal.desk;

import ir.portal.desk.domain.RequestMessaged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests whose messages were committed, as an observer outside the transaction (clearing a cache, counting
 * for statistics) sees them: only after the commit, never for a rollback.
 */
@ApplicationScoped
public class CommittedMessages {

    private final Set<Long> requests = ConcurrentHashMap.newKeySet();

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestMessaged messaged) {
        requests.add(messaged.request().getId());
    }

    public boolean seen(long requestId) {
        return requests.contains(requestId);
    }
}
