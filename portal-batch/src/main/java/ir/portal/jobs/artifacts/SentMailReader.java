package ir.portal.jobs.artifacts;

import ir.portal.notify.domain.MailStatus;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hands out the ids of sent mail older than the retention period, in id order, a page at a time. The last id
 * handed out is the checkpoint, so a restarted job goes on where it stopped.
 */
@Named
@Dependent
public class SentMailReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    @BatchProperty
    private String retentionDays;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private Instant sentBefore;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
        sentBefore = Instant.now().minus(Duration.ofDays(Long.parseLong(retentionDays.strip())));
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(em.createQuery(
                            "SELECT m.id FROM OutboxMail m WHERE m.status = :sent"
                                    + " AND m.sentAt < :before AND m.id > :after ORDER BY m.id",
                            Long.class)
                    .setParameter("sent", MailStatus.SENT)
                    .setParameter("before", sentBefore)
                    .setParameter("after", lastId)
                    .setMaxResults(PAGE)
                    .getResultList());
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
