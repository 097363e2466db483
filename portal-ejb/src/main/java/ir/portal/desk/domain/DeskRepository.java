package ir.portal.desk.domain;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.catalog.domain.Vocabulary.CardStatus;
import ir.portal.identifiers.TrackingCode;
import ir.portal.platform.persistence.Repository;
import ir.portal.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Requests, their history and files, workflow revisions and holidays in the database. */
@ApplicationScoped
public class DeskRepository extends Repository<ServiceRequest> {

    public DeskRepository() {
        super(ServiceRequest.class);
    }

    public Optional<ServiceRequest> byFormToken(String token) {
        return em.createQuery("SELECT r FROM ServiceRequest r WHERE r.form.token = :token", ServiceRequest.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    public Optional<ServiceRequest> byTrackingCode(TrackingCode code) {
        return em.createQuery("SELECT r FROM ServiceRequest r WHERE r.trackingCode = :code", ServiceRequest.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public boolean trackingCodeTaken(TrackingCode code) {
        return !em.createQuery("SELECT r.id FROM ServiceRequest r WHERE r.trackingCode = :code", Long.class)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(ServiceRequest request) {
        em.persist(request);
        em.flush();
    }

    public void add(RequestEvent event) {
        em.persist(event);
    }

    public RequestDocument add(RequestDocument document, byte[] content) {
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document.getId(), content));
        return document;
    }

    public Optional<RequestDocument> document(long id) {
        return Optional.ofNullable(em.find(RequestDocument.class, id));
    }

    public byte[] content(long documentId) {
        return em.find(DocumentContent.class, documentId).bytes();
    }

    public List<RequestDocument> documents(long requestId) {
        return em.createQuery(
                        "SELECT d FROM RequestDocument d WHERE d.requestId = :r ORDER BY d.uploadedAt, d.id",
                        RequestDocument.class)
                .setParameter("r", requestId)
                .getResultList();
    }

    /** The history of a request, oldest first; downloads are left to the audit view. */
    public List<RequestEvent> history(long requestId, boolean withDownloads) {
        if (withDownloads) {
            return em.createQuery(
                            "SELECT e FROM RequestEvent e WHERE e.requestId = :r ORDER BY e.at, e.id",
                            RequestEvent.class)
                    .setParameter("r", requestId)
                    .getResultList();
        }
        return em.createQuery(
                        "SELECT e FROM RequestEvent e WHERE e.requestId = :r AND e.kind <> :download "
                                + "ORDER BY e.at, e.id",
                        RequestEvent.class)
                .setParameter("r", requestId)
                .setParameter("download", RequestEventKind.DOWNLOAD)
                .getResultList();
    }

    /** A citizen's own requests, newest first. */
    public List<ServiceRequest> ofApplicant(Account applicant, int first, int size) {
        return em.createQuery(
                        "SELECT r FROM ServiceRequest r WHERE r.applicant = :a ORDER BY r.submittedAt DESC",
                        ServiceRequest.class)
                .setParameter("a", applicant)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** The citizen's most recent request, whose details a new form starts from. */
    public Optional<ServiceRequest> latestOfApplicant(Account applicant) {
        return ofApplicant(applicant, 0, 1).stream().findFirst();
    }

    public long countOfApplicant(Account applicant) {
        return em.createQuery("SELECT COUNT(r) FROM ServiceRequest r WHERE r.applicant = :a", Long.class)
                .setParameter("a", applicant)
                .getSingleResult();
    }

    /**
     * Open requests waiting for one of the roles: of the unit for roles bound to it, of any unit for roles that
     * serve all units.
     */
    public List<ServiceRequest> queue(QueueFilter filter, int first, int size) {
        TypedQuery<ServiceRequest> query = em.createQuery(
                "SELECT r FROM ServiceRequest r WHERE " + queueWhere(filter) + " ORDER BY "
                        + filter.sort().jpql(),
                ServiceRequest.class);
        return bind(query, filter).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countQueue(QueueFilter filter) {
        return bind(
                        em.createQuery("SELECT COUNT(r) FROM ServiceRequest r WHERE " + queueWhere(filter), Long.class),
                        filter)
                .getSingleResult();
    }

    private static String queueWhere(QueueFilter filter) {
        StringBuilder where = new StringBuilder("r.position.closedAt IS NULL AND (");
        List<String> scopes = new ArrayList<>();
        if (filter.unit() != null) {
            filter.unitRoles()
                    .forEach(r ->
                            scopes.add("(:" + parameter(r) + " MEMBER OF r.position.waitingFor AND r.unit = :unit)"));
        }
        filter.everyUnitRoles().forEach(r -> scopes.add(":" + parameter(r) + " MEMBER OF r.position.waitingFor"));
        where.append(scopes.isEmpty() ? "1 = 0" : String.join(" OR ", scopes)).append(')');
        if (filter.stage() != null) {
            where.append(" AND r.position.stage = :stage");
        }
        if (filter.overdueOn() != null) {
            where.append(" AND r.clock.dueOn < :today AND r.clock.pausedOn IS NULL");
        }
        if (filter.code() != null) {
            where.append(" AND r.trackingCode = :code");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, QueueFilter filter) {
        if (filter.unit() != null) {
            filter.unitRoles().forEach(r -> query.setParameter(parameter(r), r));
            if (!filter.unitRoles().isEmpty()) {
                query.setParameter("unit", filter.unit());
            }
        }
        filter.everyUnitRoles().forEach(r -> query.setParameter(parameter(r), r));
        if (filter.stage() != null) {
            query.setParameter("stage", filter.stage());
        }
        if (filter.overdueOn() != null) {
            query.setParameter("today", filter.overdueOn());
        }
        if (filter.code() != null) {
            query.setParameter("code", filter.code());
        }
        return query;
    }

    private static String parameter(Role role) {
        return "role_" + role.name().toLowerCase(Locale.ROOT);
    }

    public Optional<WorkflowDefinition> activeWorkflow(long serviceCardId) {
        return em.createQuery(
                        "SELECT w FROM WorkflowDefinition w WHERE w.serviceCard.id = :card AND w.active = TRUE",
                        WorkflowDefinition.class)
                .setParameter("card", serviceCardId)
                .getResultStream()
                .findFirst();
    }

    /** Published service cards that have no workflow (one that has any has an active revision). */
    public List<ServiceCard> publishedCardsWithoutWorkflow() {
        return em.createQuery(
                        "SELECT c FROM ServiceCard c WHERE c.status = :published AND NOT EXISTS "
                                + "(SELECT w FROM WorkflowDefinition w WHERE w.serviceCard = c) ORDER BY c.id",
                        ServiceCard.class)
                .setParameter("published", CardStatus.PUBLISHED)
                .getResultList();
    }

    /** A service card by its Persian title, for the demo data. */
    public Optional<ServiceCard> serviceCardTitled(String titleFa) {
        return em.createQuery("SELECT c FROM ServiceCard c WHERE c.content.title.fa = :t", ServiceCard.class)
                .setParameter("t", titleFa)
                .getResultStream()
                .findFirst();
    }

    public Optional<WorkflowDefinition> workflow(long id) {
        return Optional.ofNullable(em.find(WorkflowDefinition.class, id));
    }

    public List<WorkflowDefinition> activeWorkflows() {
        return em.createQuery(
                        "SELECT w FROM WorkflowDefinition w WHERE w.active = TRUE ORDER BY w.id",
                        WorkflowDefinition.class)
                .getResultList();
    }

    public int lastRevision(long serviceCardId) {
        Integer last = em.createQuery(
                        "SELECT MAX(w.revision) FROM WorkflowDefinition w WHERE w.serviceCard.id = :c", Integer.class)
                .setParameter("c", serviceCardId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    public void add(WorkflowDefinition workflow) {
        em.persist(workflow);
        em.flush();
    }

    public Set<LocalDate> holidays() {
        return Set.copyOf(
                em.createQuery("SELECT h.day FROM Holiday h", LocalDate.class).getResultList());
    }

    public List<Holiday> holidayList() {
        return em.createQuery("SELECT h FROM Holiday h ORDER BY h.day", Holiday.class)
                .getResultList();
    }

    public void add(Holiday holiday) {
        em.persist(holiday);
        em.flush();
    }

    public void remove(Holiday holiday) {
        em.remove(em.contains(holiday) ? holiday : em.merge(holiday));
    }

    public Optional<Holiday> holiday(long id) {
        return Optional.ofNullable(em.find(Holiday.class, id));
    }

    /** The active staff of the unit who hold one of the roles, to tell them about a request. */
    public List<Account> staffOf(OrgUnit unit, Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT DISTINCT a FROM Account a JOIN a.roles role WHERE a.unit = :u "
                                + "AND a.status = ir.portal.accounts.domain.AccountStatus.ACTIVE AND role IN :roles",
                        Account.class)
                .setParameter("u", unit)
                .setParameter("roles", roles)
                .getResultList();
    }
}
