package ir.portal.platform.review;

import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.history.FieldChanges;
import ir.portal.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The revisions of the items under review, written and read by the item's kind and id. */
@ApplicationScoped
public class Revisions {

    /** The message key of a revision asked for that did not keep the whole item. */
    public static final String NOT_KEPT = "review.revision.not-kept";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Keeps the item's next revision: the fields that changed from {@code before} to {@code after}, and the whole
     * item as the step left it ({@code whole}, written by {@link Snapshots}; null where the step changed no field).
     */
    public List<FieldChange> record(
            String kind,
            long id,
            String action,
            Map<String, ?> before,
            Map<String, ?> after,
            Object whole,
            Actor actor) {
        List<FieldChange> changes = FieldChanges.between(before, after);
        Integer last = em.createQuery(
                        "SELECT MAX(r.number) FROM Revision r WHERE r.subjectKind = :k AND r.subjectId = :s",
                        Integer.class)
                .setParameter("k", kind)
                .setParameter("s", id)
                .getSingleResult();
        em.persist(new Revision(
                kind,
                id,
                last == null ? 1 : last + 1,
                action,
                actor.username(),
                clock.instant(),
                FieldChanges.toJson(changes),
                whole == null ? null : Snapshots.write(whole)));
        return changes;
    }

    /** The item's history, newest first. */
    public List<RevisionLine> history(String kind, long id) {
        return em.createQuery(
                        "SELECT r FROM Revision r WHERE r.subjectKind = :k AND r.subjectId = :s ORDER BY r.number DESC",
                        Revision.class)
                .setParameter("k", kind)
                .setParameter("s", id)
                .getResultStream()
                .map(r -> new RevisionLine(
                        r.getNumber(),
                        r.getAction(),
                        r.getChangedBy(),
                        r.getChangedAt(),
                        FieldChanges.fromJson(r.getChanges()),
                        r.getSnapshot() != null))
                .toList();
    }

    /** The whole item as revision {@code number} kept it, or {@link #NOT_KEPT}. */
    public <T> T kept(String kind, long id, int number, Class<T> type) {
        return em.createQuery(
                        "SELECT r.snapshot FROM Revision r WHERE r.subjectKind = :k AND r.subjectId = :s"
                                + " AND r.number = :n AND r.snapshot IS NOT NULL",
                        String.class)
                .setParameter("k", kind)
                .setParameter("s", id)
                .setParameter("n", number)
                .getResultStream()
                .findFirst()
                .map(json -> Snapshots.read(json, type))
                .orElseThrow(() -> InvalidInput.of("revision", NOT_KEPT));
    }
}
