package ir.portal.platform.review;

import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.persistence.Repository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The pending revisions, found by the item they belong to. */
@ApplicationScoped
public class PendingRevisions extends Repository<PendingRevision> {

    public PendingRevisions() {
        super(PendingRevision.class);
    }

    public Optional<PendingRevision> of(String subjectKind, long subjectId) {
        return em.createQuery(
                        "SELECT r FROM PendingRevision r WHERE r.subjectKind = :k AND r.subjectId = :s",
                        PendingRevision.class)
                .setParameter("k", subjectKind)
                .setParameter("s", subjectId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The item's pending revision as the person saw it: none ({@code seen} null) or the version they saw. Another
     * person's save, send or return in between is a {@link ConcurrentEdit}.
     */
    public Optional<PendingRevision> forChange(String subjectKind, long subjectId, Long seen) {
        Optional<PendingRevision> pending = of(subjectKind, subjectId);
        Long now = pending.map(PendingRevision::getVersion).orElse(null);
        if (!Objects.equals(now, seen)) {
            throw new ConcurrentEdit(
                    subjectKind + " " + subjectId + " revision", new OptimisticLockException(pending.orElse(null)));
        }
        return pending;
    }

    /** Where the pending revisions of some items of one kind stand, by item id; items without one are absent. */
    public Map<Long, ReviewState> states(String subjectKind, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "SELECT r.subjectId, r.state FROM PendingRevision r"
                                + " WHERE r.subjectKind = :k AND r.subjectId IN :ids",
                        Object[].class)
                .setParameter("k", subjectKind)
                .setParameter("ids", subjectIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (ReviewState) row[1]));
    }

    public void remove(PendingRevision revision) {
        em.remove(revision);
    }
}
