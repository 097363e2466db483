package ir.portal.accounts.domain;

import ir.portal.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    public Optional<Account> findByNationalId(String nationalId) {
        return em.createQuery("SELECT a FROM Account a WHERE a.nationalId = :n", Account.class)
                .setParameter("n", nationalId)
                .getResultStream()
                .findFirst();
    }

    /** The account that gave this mail address, if exactly one did. */
    public Optional<Account> findByEmail(String email) {
        List<Account> found = em.createQuery("SELECT a FROM Account a WHERE LOWER(a.email) = :e", Account.class)
                .setParameter("e", email.toLowerCase(Locale.ROOT))
                .setMaxResults(2)
                .getResultList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** The active accounts that hold one of the roles (those to tell that something waits for them). */
    public List<Account> activeWith(Set<Role> roles) {
        return em.createQuery(
                        "SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r IN :roles AND a.status = :active",
                        Account.class)
                .setParameter("roles", roles)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultList();
    }

    public Optional<AccountToken> findToken(String tokenHash) {
        return Optional.ofNullable(em.find(AccountToken.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(AccountToken token) {
        em.persist(token);
    }

    /** Earlier links of the same purpose stop working when a new one is sent. */
    public void retireTokens(Account account, TokenPurpose purpose, Instant at) {
        em.createQuery("UPDATE AccountToken t SET t.usedAt = :at "
                        + "WHERE t.account = :a AND t.purpose = :p AND t.usedAt IS NULL")
                .setParameter("at", at)
                .setParameter("a", account)
                .setParameter("p", purpose)
                .executeUpdate();
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

    /** Writes the pending changes, so that a new account has its id. */
    public void flush() {
        em.flush();
    }
}
