package ir.portal.catalog.application;

import ir.portal.catalog.domain.CatalogRepository;
import ir.portal.catalog.domain.EnumSets;
import ir.portal.catalog.domain.LicenseCard;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.catalog.domain.Vocabulary.CardStatus;
import ir.portal.i18n.PersianText;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.paging.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * What anyone may read of the catalog: published cards only, searched and filtered in the database, a page at a
 * time.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogQueries {

    public static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CatalogRepository cards;

    public Page<CardSummary> search(CatalogQuery query, int first, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(query, parameters);
        TypedQuery<ServiceCard> select = em.createQuery(
                        "SELECT c FROM ServiceCard c JOIN FETCH c.unit WHERE " + where
                                + " ORDER BY c.content.title.fa, c.id",
                        ServiceCard.class)
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .setHint(QueryHints.BATCH, "c.stages")
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM ServiceCard c WHERE " + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<CardSummary> items =
                select.setFirstResult(Math.max(0, first)).setMaxResults(pageSize).getResultList().stream()
                        .map(CardSummary::of)
                        .toList();
        return new Page<>(items, count.getSingleResult(), Math.max(0, first), pageSize);
    }

    /** The first {@code count} published cards that match, by title, as links: for the site search. */
    public List<CardTitle> titles(CatalogQuery query, int count) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(query, parameters);
        TypedQuery<CardTitle> select = em.createQuery(
                "SELECT NEW ir.portal.catalog.application.CardTitle(c.id, c.content.title.fa, c.content.title.en)"
                        + " FROM ServiceCard c WHERE " + where + " ORDER BY c.content.title.fa, c.id",
                CardTitle.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(Math.max(1, Math.min(count, MAX_PAGE))).getResultList();
    }

    public Optional<PublishedCard> published(long id) {
        return Optional.ofNullable(em.find(ServiceCard.class, id))
                .filter(ServiceCard::isPublished)
                .map(card -> PublishedCard.of(card, cards.licenseOf(card.getId())));
    }

    /** The published cards' ids and when each was last published, for the sitemap. */
    public List<Object[]> publishedIds() {
        return em.createQuery(
                        "SELECT c.id, c.updatedAt FROM ServiceCard c WHERE c.status = :published ORDER BY c.id",
                        Object[].class)
                .setParameter("published", CardStatus.PUBLISHED)
                .getResultList();
    }

    /** Every published card, for the national single window's API, a page at a time in id order. */
    public List<PublishedCard> allPublished(int first, int size) {
        List<ServiceCard> page = em.createQuery(
                        "SELECT c FROM ServiceCard c JOIN FETCH c.unit" + " WHERE c.status = :published ORDER BY c.id",
                        ServiceCard.class)
                .setParameter("published", CardStatus.PUBLISHED)
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .setHint(QueryHints.BATCH, "c.stages")
                .setHint(QueryHints.BATCH, "c.links")
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultList();
        Map<Long, LicenseCard> licenses =
                cards.licensesOf(page.stream().map(ServiceCard::getId).toList());
        return page.stream()
                .map(card -> PublishedCard.of(card, Optional.ofNullable(licenses.get(card.getId()))))
                .toList();
    }

    /** The units that have published cards, for the catalog's filter. */
    public List<UnitOption> units() {
        return em
                .createQuery(
                        "SELECT DISTINCT u.code, u.nameFa, u.nameEn FROM ServiceCard c JOIN c.unit u"
                                + " WHERE c.status = :published ORDER BY u.code",
                        Object[].class)
                .setParameter("published", CardStatus.PUBLISHED)
                .getResultList()
                .stream()
                .map(row -> new UnitOption((String) row[0], new LocalizedText((String) row[1], (String) row[2])))
                .toList();
    }

    /** A unit as a filter offers it. */
    public record UnitOption(String code, LocalizedText name) {}

    private static String where(CatalogQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("c.status = :published");
        parameters.put("published", CardStatus.PUBLISHED);
        List<String> terms = PersianText.terms(query.text());
        for (int i = 0; i < terms.size(); i++) {
            conditions.add("c.searchText LIKE :term" + i);
            parameters.put("term" + i, "%" + terms.get(i) + "%");
        }
        filter(conditions, parameters, "c.content.types", "type", query.type());
        filter(conditions, parameters, "c.content.audiences", "audience", query.audience());
        filter(conditions, parameters, "c.content.lifeEvents", "lifeEvent", query.lifeEvent());
        filter(conditions, parameters, "c.content.levels", "level", query.level());
        if (query.unitCode() != null && !query.unitCode().isBlank()) {
            conditions.add("c.unit.code = :unit");
            parameters.put("unit", query.unitCode());
        }
        return String.join(" AND ", conditions);
    }

    private static void filter(
            List<String> conditions, Map<String, Object> parameters, String path, String name, Enum<?> value) {
        if (value != null) {
            conditions.add(path + " LIKE :" + name);
            parameters.put(name, EnumSets.pattern(value));
        }
    }
}
