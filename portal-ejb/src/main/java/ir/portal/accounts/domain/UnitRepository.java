package ir.portal.accounts.domain;

import ir.portal.platform.persistence.Repository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The units of the organisation in the database. The whole tree is read in one query (a few hundred units at
 * most) and put together in memory, never a query a node.
 */
@ApplicationScoped
public class UnitRepository extends Repository<OrgUnit> {

    public UnitRepository() {
        super(OrgUnit.class);
    }

    public Optional<OrgUnit> byCode(String code) {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** Every unit with its parent's id and the number of accounts bound to it, by code. */
    public List<UnitSummary> summaries() {
        return em
                .createQuery(
                        "SELECT u.id, u.version, u.code, u.nameFa, u.nameEn, u.kind, p.id,"
                                + " u.premises.countyFa, u.premises.countyEn, COUNT(a.id)"
                                + " FROM OrgUnit u LEFT JOIN u.parent p LEFT JOIN Account a ON a.unit = u"
                                + " GROUP BY u.id, u.version, u.code, u.nameFa, u.nameEn, u.kind, p.id,"
                                + " u.premises.countyFa, u.premises.countyEn"
                                + " ORDER BY u.code",
                        Object[].class)
                .getResultList()
                .stream()
                .map(UnitRepository::summary)
                .toList();
    }

    /** The counter offices, by county and name in Persian. */
    public List<OrgUnit> counterOffices() {
        return em.createQuery(
                        "SELECT u FROM OrgUnit u WHERE u.kind = :kind"
                                + " ORDER BY u.premises.countyFa, u.nameFa, u.code",
                        OrgUnit.class)
                .setParameter("kind", UnitKind.COUNTER_OFFICE)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .getResultList();
    }

    /**
     * Gives the new parent and every unit above it a new version at the commit. Two moves that each keep the tree
     * whole may close a loop together (A under B while B goes under A); each reads the ancestry the other changes,
     * so the later one to write is told of a concurrent edit instead.
     */
    public void holdAncestry(OrgUnit parent) {
        for (OrgUnit unit = parent; unit != null; unit = unit.getParent()) {
            em.lock(unit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }

    @Override
    public void add(OrgUnit unit) {
        em.persist(unit);
        em.flush();
    }

    private static UnitSummary summary(Object[] row) {
        return new UnitSummary(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (UnitKind) row[5],
                row[6] == null ? null : ((Number) row[6]).longValue(),
                (String) row[7],
                (String) row[8],
                ((Number) row[9]).longValue());
    }
}
