package ir.portal.catalog.domain;

import java.util.List;
import java.util.Optional;

import ir.portal.accounts.domain.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Cards and their revisions in the database. */
@ApplicationScoped
public class CatalogRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<ServiceCard> find(long id) {
        return Optional.ofNullable(em.find(ServiceCard.class, id));
    }

    /** The card for a change, checked against the version the editor saw; the commit checks it again. */
    public Optional<ServiceCard> findForChange(long id, long expectedVersion) {
        ServiceCard card = em.find(ServiceCard.class, id);
        if (card != null && card.getVersion() != expectedVersion) {
            throw new OptimisticLockException(card);
        }
        return Optional.ofNullable(card);
    }

    public void add(ServiceCard card) {
        em.persist(card);
        em.flush();
    }

    public void add(LicenseCard license) {
        em.persist(license);
    }

    /** The license identity card of a service card, if the service ends in a license. */
    public Optional<LicenseCard> licenseOf(long serviceCardId) {
        return em.createQuery("SELECT l FROM LicenseCard l WHERE l.serviceCard.id = :card", LicenseCard.class)
                .setParameter("card", serviceCardId).getResultStream().findFirst();
    }

    public void add(ServiceCardRevision revision) {
        em.persist(revision);
    }

    public int lastRevisionNumber(long cardId) {
        Integer last = em.createQuery("SELECT MAX(r.number) FROM ServiceCardRevision r WHERE r.cardId = :card",
                Integer.class).setParameter("card", cardId).getSingleResult();
        return last == null ? 0 : last;
    }

    public List<ServiceCardRevision> revisions(long cardId) {
        return em.createQuery("SELECT r FROM ServiceCardRevision r WHERE r.cardId = :card ORDER BY r.number DESC",
                ServiceCardRevision.class).setParameter("card", cardId).getResultList();
    }

    /** Cards of one unit, or of all units when {@code unit} is null, most recently changed first. */
    public List<ServiceCard> page(OrgUnit unit, int first, int size) {
        TypedQuery<ServiceCard> query = em.createQuery("SELECT c FROM ServiceCard c JOIN FETCH c.unit"
                + (unit == null ? "" : " WHERE c.unit = :unit") + " ORDER BY c.updatedAt DESC, c.id DESC",
                ServiceCard.class);
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(OrgUnit unit) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM ServiceCard c"
                + (unit == null ? "" : " WHERE c.unit = :unit"), Long.class);
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        return query.getSingleResult();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM ServiceCard c", Long.class).getSingleResult();
    }

}
