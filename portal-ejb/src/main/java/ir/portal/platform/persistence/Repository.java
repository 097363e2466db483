package ir.portal.platform.persistence;

import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.NotFound;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What every feature's repository does the same way: find by id, find for a change against the version the
 * person saw (a newer one is a {@link ConcurrentEdit}), add, and flush so that a lost race is told inside the use
 * case rather than at the commit.
 */
public abstract class Repository<T extends BaseEntity> {

    @PersistenceContext(unitName = "portal")
    protected EntityManager em;

    private final Class<T> type;

    protected Repository(Class<T> type) {
        this.type = type;
    }

    public Optional<T> find(long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    /** The entity, or {@link NotFound}. */
    public T get(long id) {
        return find(id).orElseThrow(() -> new NotFound(type.getSimpleName() + " " + id));
    }

    /** The entity for a change, checked against the version the editor saw; the commit checks it again. */
    public T findForChange(long id, long expectedVersion) {
        T entity = get(id);
        if (entity.getVersion() != expectedVersion) {
            throw new ConcurrentEdit(type.getSimpleName() + " " + id, new OptimisticLockException(entity));
        }
        return entity;
    }

    public void add(T entity) {
        em.persist(entity);
    }

    /** Writes the changes now, so that a concurrent edit is told as one. */
    public void flush(T entity) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit(type.getSimpleName() + " " + entity.getId(), e);
        }
    }
}
