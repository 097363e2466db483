package ir.portal.content.application;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import ir.portal.content.domain.Series;
import ir.portal.i18n.JalaliDate;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.time.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What anyone may read of the statistics series: the list of those with values, and one series' days between two
 * dates, each read with one query (the lines with another), never one per day or line.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SeriesQueries {

    /** The most days one page or download holds: ten years of weekly figures. */
    public static final int MOST_DAYS = 520;

    static final String SUMMARY = "SELECT s.id, s.code, u.code, u.nameFa, u.nameEn, s.title.fa, s.title.en,"
            + " s.measure.fa, s.measure.en, MAX(v.day), COUNT(DISTINCT v.day)"
            + " FROM Series s JOIN s.unit u LEFT JOIN SeriesValue v ON v.series = s";

    static final String SUMMARY_GROUP = " GROUP BY s.id, s.code, u.code, u.nameFa, u.nameEn, s.title.fa, s.title.en,"
            + " s.measure.fa, s.measure.en";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PortalClock clock;

    /** The series that have values, in Persian alphabetical order of their titles (ICU's collation). */
    public List<SeriesSummary> published() {
        Collator persian = Collator.getInstance(new ULocale("fa"));
        return em.createQuery(SUMMARY + SUMMARY_GROUP, Object[].class)
                .getResultStream()
                .map(SeriesQueries::summary)
                .filter(s -> s.days() > 0)
                .sorted(Comparator.comparing((SeriesSummary s) -> s.title().getFa(), persian))
                .toList();
    }

    /**
     * The series of {@code code} with its days in the Jalali year {@code jalaliYear}, or, where that is null, the
     * year up to its latest value.
     */
    public Optional<SeriesTable> table(String code, Integer jalaliYear) {
        List<Object[]> found = em.createQuery(
                        "SELECT s.id, s.version, s.code, u.code, u.nameFa, u.nameEn, s.title, s.about, s.measure,"
                                + " s.chart FROM Series s JOIN s.unit u WHERE s.code = :code",
                        Object[].class)
                .setParameter("code", code)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] s = found.get(0);
        long id = (Long) s[0];
        List<LocalizedText> lines = em.createQuery(
                        "SELECT l.name FROM SeriesLine l WHERE l.series.id = :id ORDER BY l.position",
                        LocalizedText.class)
                .setParameter("id", id)
                .getResultList();
        List<Integer> years = years(id);
        LocalDate from;
        LocalDate to;
        if (jalaliYear != null && jalaliYear > 1300 && jalaliYear < 1600) {
            from = new JalaliDate(jalaliYear, 1, 1).toLocalDate();
            to = new JalaliDate(jalaliYear + 1, 1, 1).toLocalDate().minusDays(1);
        } else {
            LocalDate latest = em.createQuery(
                            "SELECT MAX(v.day) FROM SeriesValue v WHERE v.series.id = :id", LocalDate.class)
                    .setParameter("id", id)
                    .getSingleResult();
            to = latest == null ? clock.today() : latest;
            from = to.minusYears(1).plusDays(1);
        }
        return Optional.of(new SeriesTable(
                id,
                (Long) s[1],
                (String) s[2],
                (String) s[3],
                new LocalizedText((String) s[4], (String) s[5]),
                (LocalizedText) s[6],
                (LocalizedText) s[7],
                (LocalizedText) s[8],
                (Series.Chart) s[9],
                lines,
                rows(id, lines.size(), from, to),
                from,
                to,
                years));
    }

    private List<SeriesRow> rows(long id, int lines, LocalDate from, LocalDate to) {
        TreeMap<LocalDate, BigDecimal[]> byDay = new TreeMap<>();
        em.createQuery(
                        "SELECT v.day, l.position, v.amount FROM SeriesValue v JOIN v.line l"
                                + " WHERE v.series.id = :id AND v.day BETWEEN :from AND :to ORDER BY v.day, l.position",
                        Object[].class)
                .setParameter("id", id)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(MOST_DAYS * Math.max(lines, 1))
                .getResultStream()
                .forEach(r -> {
                    int position = (Integer) r[1];
                    if (position < lines) {
                        byDay.computeIfAbsent((LocalDate) r[0], d -> new BigDecimal[lines])[position] =
                                (BigDecimal) r[2];
                    }
                });
        List<SeriesRow> rows = new ArrayList<>(byDay.size());
        byDay.forEach((day, values) -> rows.add(new SeriesRow(day, Arrays.asList(values))));
        return rows;
    }

    /** The Jalali years that have values, latest first. */
    private List<Integer> years(long id) {
        Object[] range = em.createQuery(
                        "SELECT MIN(v.day), MAX(v.day) FROM SeriesValue v WHERE v.series.id = :id", Object[].class)
                .setParameter("id", id)
                .getSingleResult();
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        if (range[0] != null) {
            for (int y = JalaliDate.of((LocalDate) range[0]).year();
                    y <= JalaliDate.of((LocalDate) range[1]).year();
                    y++) {
                years.add(y);
            }
        }
        return List.copyOf(years);
    }

    static SeriesSummary summary(Object[] r) {
        return new SeriesSummary(
                (Long) r[0],
                (String) r[1],
                (String) r[2],
                new LocalizedText((String) r[3], (String) r[4]),
                new LocalizedText((String) r[5], (String) r[6]),
                new LocalizedText((String) r[7], (String) r[8]),
                (LocalDate) r[9],
                (Long) r[10]);
    }
}
