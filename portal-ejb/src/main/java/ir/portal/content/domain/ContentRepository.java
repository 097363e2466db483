package ir.portal.content.domain;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.platform.persistence.Repository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/** The content items, as the console works on them. */
@ApplicationScoped
public class ContentRepository extends Repository<ContentItem> {

    public ContentRepository() {
        super(ContentItem.class);
    }

    /**
     * A page of the console's list: the items of one unit (every unit's where {@code unit} is null) and kind (any
     * where null), most recently changed first.
     */
    public List<ContentRow> page(OrgUnit unit, ContentKind kind, int first, int size) {
        return where(ContentRow.SELECT, unit, kind, " ORDER BY i.updatedAt DESC, i.id DESC", ContentRow.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(OrgUnit unit, ContentKind kind) {
        return where("SELECT COUNT(i) FROM ContentItem i", unit, kind, "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> where(String select, OrgUnit unit, ContentKind kind, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        if (unit != null) {
            conditions.add("i.unit = :unit");
        }
        if (kind != null) {
            conditions.add("i.kind = :kind");
        }
        TypedQuery<T> query = em.createQuery(
                select + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + order, type);
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query;
    }
}
