package ir.portal.accounts.application;

import ir.portal.accounts.domain.SignInFailure;
import ir.portal.platform.paging.Page;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accounts list in three queries whatever the page's length: the rows (a projection), their roles, and which
 * of their names some client is locked out of.
 */
@ApplicationScoped
public class AccountQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "username", "a.username", "displayName", "a.displayName", "createdAt", "a.createdAt", "status", "a.status");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SignInFailures failures;

    @Inject
    Clock clock;

    public Page<AccountView> find(AccountFilter filter, PageRequest page, String sortField, boolean ascending) {
        String order = SORTABLE.getOrDefault(sortField, "a.username") + (ascending ? " ASC" : " DESC");
        TypedQuery<AccountView> query = em.createQuery(
                "SELECT NEW ir.portal.accounts.application.AccountView(a.id, a.version, a.username, a.displayName, "
                        + "a.nationalId, a.email, u.code, u.nameFa, u.nameEn, a.status, a.statusReason, a.totpSecret, "
                        + "a.createdAt) FROM Account a LEFT JOIN a.unit u"
                        + where(filter) + " ORDER BY " + order + ", a.id",
                AccountView.class);
        parameters(query, filter);
        List<AccountView> rows =
                query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        return Page.of(complete(rows), count(filter), page);
    }

    public long count(AccountFilter filter) {
        TypedQuery<Long> query =
                em.createQuery("SELECT COUNT(a) FROM Account a LEFT JOIN a.unit u" + where(filter), Long.class);
        parameters(query, filter);
        return query.getSingleResult();
    }

    private List<AccountView> complete(List<AccountView> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(AccountView::id).toList();
        Map<Long, List<Role>> roles = new HashMap<>();
        em.createQuery("SELECT a.id, r FROM Account a JOIN a.roles r WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> roles.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((Role) row[1]));
        Set<String> locked = new HashSet<>();
        em
                .createQuery("SELECT f FROM SignInFailure f WHERE f.username IN :names", SignInFailure.class)
                .setParameter("names", rows.stream().map(AccountView::username).toList())
                .getResultList()
                .stream()
                .filter(f -> f.waitAt(clock.instant(), failures.rules())
                        .filter(w -> w.locked())
                        .isPresent())
                .forEach(f -> locked.add(f.getUsername()));
        return rows.stream()
                .map(r -> r.with(
                        roles.getOrDefault(r.id(), List.of()).stream().sorted().toList(),
                        locked.contains(r.username())))
                .collect(Collectors.toList());
    }

    private static String where(AccountFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(LOWER(a.username) LIKE :text OR LOWER(a.displayName) LIKE :text "
                    + "OR a.nationalId LIKE :text OR LOWER(a.email) LIKE :text)");
        }
        if (filter.role() != null) {
            conditions.add(":role MEMBER OF a.roles");
        }
        if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
            conditions.add("u.code = :unit");
        }
        if (filter.status() != null) {
            conditions.add("a.status = :status");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void parameters(TypedQuery<?> query, AccountFilter filter) {
        if (filter.text() != null && !filter.text().isBlank()) {
            query.setParameter("text", "%" + Usernames.of(filter.text()).toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.role() != null) {
            query.setParameter("role", filter.role());
        }
        if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
            query.setParameter("unit", filter.unitCode());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
    }
}
