package ir.portal.content.application;

import ir.portal.content.domain.ContentKind;
import ir.portal.content.domain.ContentStatus;
import ir.portal.platform.paging.Page;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.time.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * What anyone may read of the content: published items inside their window (from their publication day, before
 * their expiry day, in the organisation's days), as projections of what the pages show.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ContentQueries {

    public static final int MAX_PAGE = 100;

    private static final String VISIBLE = " i.status = :published AND (i.publishOn IS NULL OR i.publishOn <= :today)"
            + " AND (i.expireOn IS NULL OR i.expireOn > :today)";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PortalClock clock;

    /** The newest items of a kind, for the home page and the sub-sites (every unit's where {@code unitCode} is null). */
    public List<ContentSummary> latest(ContentKind kind, String unitCode, int count) {
        return page(kind, unitCode, 0, count).items();
    }

    /** A page of the items of a kind, newest first. */
    public Page<ContentSummary> page(ContentKind kind, String unitCode, int first, int size) {
        PageRequest page = PageRequest.of(first, Math.min(size, MAX_PAGE));
        String where = " WHERE i.kind = :kind AND" + VISIBLE + (unitCode == null ? "" : " AND u.code = :unit");
        TypedQuery<ContentSummary> select = visible(
                em.createQuery(
                        ContentSummary.SELECT + where + " ORDER BY i.publishedAt DESC, i.id DESC",
                        ContentSummary.class),
                kind,
                unitCode);
        TypedQuery<Long> count = visible(
                em.createQuery("SELECT COUNT(i) FROM ContentItem i JOIN i.unit u" + where, Long.class), kind, unitCode);
        return Page.of(
                select.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult(),
                page);
    }

    /** A published item visitors may read now. */
    public Optional<ContentView> item(long id) {
        return em.createQuery(ContentView.SELECT + " WHERE i.id = :id AND" + VISIBLE, ContentView.class)
                .setParameter("id", id)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("today", clock.today())
                .getResultStream()
                .findFirst();
    }

    private <T> TypedQuery<T> visible(TypedQuery<T> query, ContentKind kind, String unitCode) {
        query.setParameter("kind", kind)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("today", clock.today());
        if (unitCode != null) {
            query.setParameter("unit", unitCode);
        }
        return query;
    }
}
