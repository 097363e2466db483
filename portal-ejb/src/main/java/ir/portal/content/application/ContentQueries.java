package ir.portal.content.application;

import ir.portal.content.domain.ContentKind;
import ir.portal.content.domain.ContentStatus;
import ir.portal.content.domain.SiteLink;
import ir.portal.i18n.PersianText;
import ir.portal.platform.files.KeptFileView;
import ir.portal.platform.files.KeptFiles;
import ir.portal.platform.files.StoredFile;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What anyone may read of the content: published items inside their window (from their publication day, before
 * their expiry day, in the organisation's days), as projections of what the pages show.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ContentQueries {

    /** The most rows of content_word a search word may begin, and items it may leave, to be named to the database. */
    static final int FEW_ITEMS = 100;

    /** The most items the home page features. */
    static final int FEATURED = 3;

    public static final int MAX_PAGE = 100;

    private static final String VISIBLE = "i.status = :published AND (i.publishOn IS NULL OR i.publishOn <= :today)"
            + " AND (i.expireOn IS NULL OR i.expireOn > :today)";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private KeptFiles files;

    @Inject
    private PortalClock clock;

    /** The newest items of a kind, for the home page and the sub-sites (every unit's where {@code unitCode} is null). */
    public List<ContentSummary> latest(ContentKind kind, String unitCode, int count) {
        return page(new ContentQuery(kind, unitCode, null, null, null), 0, count)
                .items();
    }

    /**
     * The items the portal expert features on the home page, in the expert's order: those visitors may read now (an
     * item archived or past its expiry drops out by itself).
     */
    public List<ContentSummary> featured() {
        return em.createQuery(
                        ContentSummary.SELECT + ", SiteLink l WHERE l.place = :featured AND l.itemId = i.id AND "
                                + VISIBLE + " ORDER BY l.position, l.id",
                        ContentSummary.class)
                .setParameter("featured", SiteLink.Place.FEATURED)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("today", clock.today())
                .setMaxResults(FEATURED)
                .getResultList();
    }

    /** A page of the items of a kind, newest first. */
    public Page<ContentSummary> page(ContentKind kind, String unitCode, int first, int size) {
        return page(new ContentQuery(kind, unitCode, null, null, null), first, size);
    }

    /** A page of what the query asks for, newest first. */
    public Page<ContentSummary> page(ContentQuery query, int first, int size) {
        PageRequest page = PageRequest.of(first, Math.min(size, MAX_PAGE));
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        TypedQuery<ContentSummary> select = em.createQuery(
                ContentSummary.SELECT + where + " ORDER BY i.publishedAt DESC, i.id DESC", ContentSummary.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM ContentItem i JOIN i.unit u" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        return Page.of(
                select.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult(),
                page);
    }

    /** Every item visitors may read now, newest first, at most {@code limit}: for the sitemap. */
    public List<ContentSummary> everyVisible(int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(new ContentQuery(null, null, null, null, null), parameters);
        TypedQuery<ContentSummary> select = em.createQuery(
                ContentSummary.SELECT + where + " ORDER BY i.publishedAt DESC, i.id DESC", ContentSummary.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(limit).getResultList();
    }

    /** The published events on any day from {@code from} to {@code to}, by their first day: for the calendar. */
    public List<ContentSummary> events(LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(ContentQuery.of(ContentKind.EVENT), parameters)
                + " AND i.text.startsOn <= :to AND (i.text.endsOn >= :from"
                + " OR (i.text.endsOn IS NULL AND i.text.startsOn >= :from))";
        parameters.put("from", from);
        parameters.put("to", to);
        TypedQuery<ContentSummary> select =
                em.createQuery(ContentSummary.SELECT + where + " ORDER BY i.text.startsOn, i.id", ContentSummary.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(500).getResultList();
    }

    /**
     * A page of what the query asks for without counting them all (one scan of the texts, not two): the page, and
     * whether there is a next one. For the site search, where the count would cost as much as the page.
     */
    public Slice<ContentSummary> slice(ContentQuery query, int first, int size) {
        PageRequest page = PageRequest.of(first, Math.min(size, MAX_PAGE));
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        TypedQuery<ContentSummary> select = em.createQuery(
                ContentSummary.SELECT + where + " ORDER BY i.publishedAt DESC, i.id DESC", ContentSummary.class);
        parameters.forEach(select::setParameter);
        List<ContentSummary> found = select.setFirstResult(page.first())
                .setMaxResults(page.size() + 1)
                .getResultList();
        return new Slice<>(
                found.stream().limit(page.size()).toList(), page.first(), page.size(), found.size() > page.size());
    }

    /** The archive of a kind: the Jalali months items were published in, newest first, with their counts. */
    public List<MonthCount> months(ContentKind kind, String unitCode) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(new ContentQuery(kind, unitCode, null, null, null), parameters);
        TypedQuery<Object[]> select = em.createQuery(
                "SELECT i.publishedMonth, COUNT(i) FROM ContentItem i JOIN i.unit u" + where
                        + " AND i.publishedMonth IS NOT NULL GROUP BY i.publishedMonth ORDER BY i.publishedMonth DESC",
                Object[].class);
        parameters.forEach(select::setParameter);
        return select.getResultStream()
                .map(row -> new MonthCount(((Number) row[0]).intValue(), ((Number) row[1]).longValue()))
                .toList();
    }

    private String where(ContentQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add(VISIBLE);
        parameters.put("published", ContentStatus.PUBLISHED);
        LocalDate today = clock.today();
        parameters.put("today", today);
        if (query.kind() != null) {
            conditions.add("i.kind = :kind");
            parameters.put("kind", query.kind());
        }
        if (query.unitCode() != null) {
            conditions.add("u.code = :unit");
            parameters.put("unit", query.unitCode());
        }
        if (query.open() != null) {
            conditions.add(query.open() ? "i.text.deadline >= :today" : "i.text.deadline < :today");
        }
        if (query.month() != null) {
            conditions.add("i.publishedMonth = :month");
            parameters.put("month", query.month());
        }
        words(PersianText.prefixes(query.text()), conditions, parameters);
        return " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * Each word of the query begins a word of the item, found in content_word's index, no text read. When the words
     * that begin at most {@value #FEW_ITEMS} rows each leave at most that many items, those items are named to the
     * database, which looks at no other, each checked for the remaining words; otherwise the database intersects the
     * words' items itself. So a rare word leads whatever the planner would do (H2 builds every word's set whole,
     * 20,000 rows for a common one), and a long list of items never reaches the database's planner.
     */
    private void words(List<String> prefixes, List<String> conditions, Map<String, Object> parameters) {
        Set<Long> few = null;
        for (String word : prefixes) {
            List<Long> items = em.createQuery("SELECT w.itemId FROM ContentWord w WHERE w.word LIKE :word", Long.class)
                    .setParameter("word", word + "%")
                    .setMaxResults(FEW_ITEMS + 1)
                    .getResultList();
            if (items.size() <= FEW_ITEMS) {
                few = few == null ? new HashSet<>(items) : intersection(few, items);
            }
        }
        if (few != null && few.isEmpty()) {
            conditions.add("i.id IS NULL"); // no item has every rare word: nothing to look at
            return;
        }
        if (few != null) {
            conditions.add("i.id IN :items");
            parameters.put("items", few);
        }
        for (int n = 0; n < prefixes.size(); n++) {
            conditions.add(
                    few != null
                            ? "EXISTS (SELECT w FROM ContentWord w WHERE w.itemId = i.id AND w.word LIKE :word" + n
                                    + ")"
                            : "i.id IN (SELECT w.itemId FROM ContentWord w WHERE w.word LIKE :word" + n + ")");
            parameters.put("word" + n, prefixes.get(n) + "%");
        }
    }

    private static Set<Long> intersection(Set<Long> some, List<Long> others) {
        some.retainAll(new HashSet<>(others));
        return some;
    }

    /** The items of {@code kinds} published after {@code since} that visitors may read now, newest first. */
    public List<ContentSummary> publishedSince(Instant since, Set<ContentKind> kinds, int most) {
        return em.createQuery(
                        ContentSummary.SELECT + " WHERE " + VISIBLE
                                + " AND i.publishedAt > :since AND i.kind IN :kinds ORDER BY i.publishedAt DESC, i.id DESC",
                        ContentSummary.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("today", clock.today())
                .setParameter("since", since)
                .setParameter("kinds", kinds)
                .setMaxResults(most)
                .getResultList();
    }

    /** The files a published item shows, in their order. */
    public List<KeptFileView> files(ContentView item) {
        return files.of(ContentService.owner(item.id()), item.attachmentIds());
    }

    /** A file of a published item visitors may read now, if the published text shows it. */
    public Optional<StoredFile> file(long itemId, long fileId) {
        return item(itemId)
                .filter(i -> i.attachmentIds().contains(fileId))
                .flatMap(i -> files.read(ContentService.owner(itemId), fileId));
    }

    /** The cover picture of a published item visitors may read now, if it is the published text's cover. */
    public Optional<StoredFile> cover(long itemId, long fileId) {
        return item(itemId)
                .filter(i -> Long.valueOf(fileId).equals(i.coverId()))
                .flatMap(i -> files.read(ContentService.owner(itemId), fileId));
    }

    /** A published item visitors may read now. */
    public Optional<ContentView> item(long id) {
        return em.createQuery(ContentView.SELECT + " WHERE i.id = :id AND " + VISIBLE, ContentView.class)
                .setParameter("id", id)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("today", clock.today())
                .getResultStream()
                .findFirst();
    }
}
