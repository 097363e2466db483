package ir.portal.committee.domain;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.NotFound;
import ir.portal.platform.persistence.Repository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The committee's proposals, their steps, meetings with items and votes, minutes and IT's tasks. */
@ApplicationScoped
public class CommitteeRepository extends Repository<Proposal> {

    public CommitteeRepository() {
        super(Proposal.class);
    }

    public void add(ProposalStep step) {
        em.persist(step);
    }

    /** A proposal's steps, oldest first. */
    public List<ProposalStep> steps(long proposalId) {
        return em.createQuery(
                        "SELECT s FROM ProposalStep s WHERE s.proposal.id = :p ORDER BY s.at, s.id", ProposalStep.class)
                .setParameter("p", proposalId)
                .getResultList();
    }

    /**
     * A page of proposals, newest first: of one unit, or of all when {@code unit} is null; in the given states, or
     * all when {@code statuses} is empty.
     */
    public List<ProposalRow> proposals(OrgUnit unit, Set<ProposalStatus> statuses, int first, int size) {
        return proposalQuery(
                        "SELECT NEW ir.portal.committee.domain.ProposalRow(p.id, p.version,"
                                + " p.details.title, u.code, u.nameFa, u.nameEn, p.details.serviceType, p.status,"
                                + " p.createdAt, p.submittedAt) FROM Proposal p JOIN p.unit u",
                        unit,
                        statuses,
                        " ORDER BY p.createdAt DESC, p.id DESC",
                        ProposalRow.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long countProposals(OrgUnit unit, Set<ProposalStatus> statuses) {
        return proposalQuery("SELECT COUNT(p) FROM Proposal p JOIN p.unit u", unit, statuses, "", Long.class)
                .getSingleResult();
    }

    private <R> TypedQuery<R> proposalQuery(
            String select, OrgUnit unit, Set<ProposalStatus> statuses, String order, Class<R> type) {
        List<String> where = new ArrayList<>();
        if (unit != null) {
            where.add("p.unit = :unit");
        }
        if (!statuses.isEmpty()) {
            where.add("p.status IN :statuses");
        }
        TypedQuery<R> query =
                em.createQuery(select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order, type);
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        if (!statuses.isEmpty()) {
            query.setParameter("statuses", statuses);
        }
        return query;
    }

    /** How many proposals made in {@code [from, to)} stand in each state: of one unit, or of all when it is null. */
    public Map<ProposalStatus, Long> countByStatus(OrgUnit unit, Instant from, Instant to) {
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        madeIn("SELECT p.status, COUNT(p) FROM Proposal p", "", " GROUP BY p.status", unit, from, to, Object[].class)
                .getResultList()
                .forEach(row -> counts.put((ProposalStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** How many proposals made in {@code [from, to)} are for each audience type. */
    public Map<ServiceType, Long> countByServiceType(OrgUnit unit, Instant from, Instant to) {
        Map<ServiceType, Long> counts = new EnumMap<>(ServiceType.class);
        madeIn(
                        "SELECT p.details.serviceType, COUNT(p) FROM Proposal p",
                        "",
                        " GROUP BY p.details.serviceType",
                        unit,
                        from,
                        to,
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((ServiceType) row[0], (Long) row[1]));
        return counts;
    }

    /** How many proposals each unit made in {@code [from, to)}, the most first. */
    public List<UnitTally> countByUnit(OrgUnit unit, Instant from, Instant to) {
        return madeIn(
                        "SELECT NEW ir.portal.committee.domain.UnitTally(u.code, u.nameFa, u.nameEn, COUNT(p))"
                                + " FROM Proposal p JOIN p.unit u",
                        "",
                        " GROUP BY u.code, u.nameFa, u.nameEn ORDER BY COUNT(p) DESC, u.code",
                        unit,
                        from,
                        to,
                        UnitTally.class)
                .getResultList();
    }

    /** When each proposal made in {@code [from, to)} and decided since was first submitted, decided and published. */
    public List<ProposalTimes> decidedTimes(OrgUnit unit, Instant from, Instant to) {
        return madeIn(
                        "SELECT NEW ir.portal.committee.domain.ProposalTimes(MIN(s.at), p.decidedAt, p.publishedAt)"
                                + " FROM ProposalStep s JOIN s.proposal p",
                        " AND s.to = :submitted AND p.decidedAt IS NOT NULL",
                        " GROUP BY p.id, p.decidedAt, p.publishedAt",
                        unit,
                        from,
                        to,
                        ProposalTimes.class)
                .setParameter("submitted", ProposalStatus.SUBMITTED)
                .getResultList();
    }

    private <R> TypedQuery<R> madeIn(
            String select, String where, String tail, OrgUnit unit, Instant from, Instant to, Class<R> type) {
        TypedQuery<R> query = em.createQuery(
                        select + " WHERE p.createdAt >= :from AND p.createdAt < :to"
                                + (unit == null ? "" : " AND p.unit = :unit") + where + tail,
                        type)
                .setParameter("from", from)
                .setParameter("to", to);
        return unit == null ? query : query.setParameter("unit", unit);
    }

    /** The meetings, the latest first, with the number of items on each agenda. */
    public List<MeetingRow> meetings(int first, int size) {
        return em.createQuery(
                        "SELECT NEW ir.portal.committee.domain.MeetingRow(m.id, m.number, m.startsAt, m.place,"
                                + " m.status, COUNT(i)) FROM Meeting m LEFT JOIN m.items i"
                                + " GROUP BY m.id, m.number, m.startsAt, m.place, m.status ORDER BY m.startsAt DESC",
                        MeetingRow.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long countMeetings() {
        return em.createQuery("SELECT COUNT(m) FROM Meeting m", Long.class).getSingleResult();
    }

    /** IT's latest tasks, open ones first. */
    public List<ProvisioningTask> tasks(int size) {
        List<ProvisioningTask> tasks = new ArrayList<>(em.createQuery(
                        "SELECT t FROM ProvisioningTask t JOIN FETCH t.proposal ORDER BY t.openedAt DESC",
                        ProvisioningTask.class)
                .setMaxResults(size)
                .getResultList());
        tasks.sort(Comparator.comparing(ProvisioningTask::isClosed));
        return tasks;
    }

    public Optional<Proposal> proposalOfCard(long cardId) {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.card.id = :card", Proposal.class)
                .setParameter("card", cardId)
                .getResultStream()
                .findFirst();
    }

    public void add(Meeting meeting) {
        em.persist(meeting);
    }

    public Meeting meeting(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id)).orElseThrow(() -> new NotFound("Meeting " + id));
    }

    public Meeting meetingForChange(long id, long expectedVersion) {
        Meeting meeting = meeting(id);
        if (meeting.getVersion() != expectedVersion) {
            throw new ConcurrentEdit("Meeting " + id, new OptimisticLockException(meeting));
        }
        return meeting;
    }

    public int lastMeetingNumber() {
        Integer last = em.createQuery("SELECT MAX(m.number) FROM Meeting m", Integer.class)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    public void add(AgendaItem item) {
        em.persist(item);
    }

    public AgendaItem item(long id) {
        return Optional.ofNullable(em.find(AgendaItem.class, id)).orElseThrow(() -> new NotFound("AgendaItem " + id));
    }

    public AgendaItem itemForChange(long id, long expectedVersion) {
        AgendaItem item = item(id);
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEdit("AgendaItem " + id, new OptimisticLockException(item));
        }
        return item;
    }

    /** The item that decided the proposal, if a meeting decided it. */
    public Optional<AgendaItem> decidingItem(long proposalId) {
        return em.createQuery(
                        "SELECT i FROM AgendaItem i WHERE i.proposal.id = :p AND i.decision IS NOT NULL"
                                + " ORDER BY i.closedAt DESC",
                        AgendaItem.class)
                .setParameter("p", proposalId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public void add(Vote vote) {
        em.persist(vote);
    }

    public void add(MeetingMinutes minutes) {
        em.persist(minutes);
    }

    public Optional<MeetingMinutes> minutes(long meetingId) {
        return Optional.ofNullable(em.find(MeetingMinutes.class, meetingId));
    }

    public void add(ProvisioningTask task) {
        em.persist(task);
    }

    public ProvisioningTask taskForChange(long id, long expectedVersion) {
        ProvisioningTask task = Optional.ofNullable(em.find(ProvisioningTask.class, id))
                .orElseThrow(() -> new NotFound("ProvisioningTask " + id));
        if (task.getVersion() != expectedVersion) {
            throw new ConcurrentEdit("ProvisioningTask " + id, new OptimisticLockException(task));
        }
        return task;
    }

    public Optional<ProvisioningTask> taskOf(long proposalId) {
        return em.createQuery("SELECT t FROM ProvisioningTask t WHERE t.proposal.id = :p", ProvisioningTask.class)
                .setParameter("p", proposalId)
                .getResultStream()
                .findFirst();
    }

    public ProposalFile add(ProposalFile file, byte[] content) {
        em.persist(file);
        em.flush();
        em.persist(new ProposalFileContent(file.getId(), content));
        return file;
    }

    public ProposalFile file(long id) {
        return Optional.ofNullable(em.find(ProposalFile.class, id))
                .orElseThrow(() -> new NotFound("ProposalFile " + id));
    }

    public byte[] content(long fileId) {
        return em.find(ProposalFileContent.class, fileId).bytes();
    }

    /** A proposal's files, oldest first, without their bytes. */
    public List<ProposalFile> files(long proposalId) {
        return em.createQuery(
                        "SELECT f FROM ProposalFile f WHERE f.proposalId = :p ORDER BY f.uploadedAt, f.id",
                        ProposalFile.class)
                .setParameter("p", proposalId)
                .getResultList();
    }

    public void remove(ProposalFile file) {
        em.remove(em.find(ProposalFileContent.class, file.getId()));
        em.remove(file);
    }

    /** Writes the changes now; a second vote of one member that slipped past the check fails here. */
    public void flush() {
        em.flush();
    }
}
