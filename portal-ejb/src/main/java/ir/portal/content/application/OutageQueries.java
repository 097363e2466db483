package ir.portal.content.application;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.time.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** What anyone may read of the planned outages: from a day on, of one county or all, by day and hour. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OutageQueries {

    private static final int MOST = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PortalClock clock;

    /** The outages from {@code from} (today where null) for the next {@code days}, of one county (Persian name) or all. */
    public List<OutageView> upcoming(String countyFa, LocalDate from, int days) {
        LocalDate first = from == null ? clock.today() : from;
        TypedQuery<OutageView> query = em.createQuery(
                OutageView.SELECT + " WHERE o.day >= :first AND o.day < :last"
                        + (countyFa == null ? "" : " AND o.county.fa = :county")
                        + " ORDER BY o.day, o.startsAt, o.id",
                OutageView.class);
        query.setParameter("first", first).setParameter("last", first.plusDays(days));
        if (countyFa != null) {
            query.setParameter("county", countyFa);
        }
        return query.setMaxResults(MOST).getResultList();
    }

    /** The counties that have outages from today on, in Persian alphabetical order (ICU's collation). */
    public List<LocalizedText> counties() {
        Collator persian = Collator.getInstance(new ULocale("fa"));
        return em.createQuery(
                        "SELECT o.county.fa, MAX(o.county.en) FROM PlannedOutage o WHERE o.day >= :today"
                                + " GROUP BY o.county.fa",
                        Object[].class)
                .setParameter("today", clock.today())
                .getResultStream()
                .map(row -> new LocalizedText((String) row[0], (String) row[1]))
                .sorted(Comparator.comparing(LocalizedText::getFa, persian))
                .toList();
    }
}
