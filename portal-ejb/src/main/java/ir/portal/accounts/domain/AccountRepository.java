package ir.portal.accounts.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts and units in the database. Lists page and sort in the database.
 */
@ApplicationScoped
public class AccountRepository {

    private static final Set<String> SORTABLE = Set.of("username", "displayName", "createdAt");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public Optional<OrgUnit> findUnit(String code) {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** Every unit, the headquarters' first, each group by code. */
    public List<OrgUnit> units() {
        return em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.code", OrgUnit.class).getResultList().stream()
                .sorted(Comparator.comparing((OrgUnit u) -> !u.isHeadquarters()))
                .toList();
    }

    public List<Account> page(int first, int size, String sortField, boolean ascending) {
        String field = SORTABLE.contains(sortField) ? sortField : "username";
        return em.createQuery(
                        "SELECT a FROM Account a LEFT JOIN FETCH a.unit ORDER BY a." + field
                                + (ascending ? " ASC" : " DESC") + ", a.id",
                        Account.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    public void add(OrgUnit unit) {
        em.persist(unit);
    }

    public void add(Account account) {
        em.persist(account);
    }
}
