package ir.portal.catalog.domain;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.platform.persistence.Repository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;

/** Cards and their revisions in the database. */
@ApplicationScoped
public class CatalogRepository extends Repository<ServiceCard> {

    public CatalogRepository() {
        super(ServiceCard.class);
    }

    @Override
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
                .setParameter("card", serviceCardId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The license cards of several service cards at once, with their rows and inquiries, by service card id: one
     * query a list, however many cards it shows.
     */
    public Map<Long, LicenseCard> licensesOf(Collection<Long> serviceCardIds) {
        if (serviceCardIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery(
                        "SELECT l FROM LicenseCard l JOIN FETCH l.serviceCard WHERE l.serviceCard.id IN :cards",
                        LicenseCard.class)
                .setParameter("cards", serviceCardIds)
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .setHint(QueryHints.BATCH, "l.steps")
                .setHint(QueryHints.BATCH, "l.inquiries")
                .getResultList()
                .stream()
                .collect(Collectors.toMap(l -> l.getServiceCard().getId(), Function.identity()));
    }

    public void add(ServiceCardRevision revision) {
        em.persist(revision);
    }

    public int lastRevisionNumber(long cardId) {
        Integer last = em.createQuery(
                        "SELECT MAX(r.number) FROM ServiceCardRevision r WHERE r.cardId = :card", Integer.class)
                .setParameter("card", cardId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    public List<ServiceCardRevision> revisions(long cardId) {
        return em.createQuery(
                        "SELECT r FROM ServiceCardRevision r WHERE r.cardId = :card ORDER BY r.number DESC",
                        ServiceCardRevision.class)
                .setParameter("card", cardId)
                .getResultList();
    }

    /** Cards of one unit, or of all units when {@code unit} is null, most recently changed first. */
    public List<ServiceCard> page(OrgUnit unit, int first, int size) {
        TypedQuery<ServiceCard> query = em.createQuery(
                "SELECT c FROM ServiceCard c JOIN FETCH c.unit" + (unit == null ? "" : " WHERE c.unit = :unit")
                        + " ORDER BY c.updatedAt DESC, c.id DESC",
                ServiceCard.class);
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(OrgUnit unit) {
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(c) FROM ServiceCard c" + (unit == null ? "" : " WHERE c.unit = :unit"), Long.class);
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        return query.getSingleResult();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM ServiceCard c", Long.class).getSingleResult();
    }
}
