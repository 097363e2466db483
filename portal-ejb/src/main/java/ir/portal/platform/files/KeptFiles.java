package ir.portal.platform.files;

import ir.portal.platform.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files the portal keeps for its features, taken through the {@link FileIntake} (type from the bytes, size
 * limit, safe name) and kept apart from their bytes. A feature names the owner and decides who may keep and read;
 * this only keeps, lists and reads, in the caller's transaction.
 */
@ApplicationScoped
public class KeptFiles {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    FileIntake intake;

    @Inject
    Clock clock;

    /** Keeps the upload for {@code owner} if it is one of {@code types}; refused on field {@code field} if not. */
    public KeptFileView keep(String owner, Upload upload, Set<String> types, String field, String by) {
        FileIntake.Checked checked = intake.check(upload, types);
        if (!checked.accepted()) {
            throw InvalidInput.of(field, checked.problem());
        }
        KeptFile file =
                new KeptFile(owner, checked.storedName(), checked.mediaType(), upload.size(), by, clock.instant());
        em.persist(file);
        em.flush();
        em.persist(new KeptFileContent(file.getId(), upload.content()));
        return new KeptFileView(file.getId(), file.getFileName(), file.getMediaType(), upload.size());
    }

    /** The files of {@code ids} that {@code owner} has, in the order of {@code ids}. */
    public List<KeptFileView> of(String owner, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> order = List.copyOf(ids);
        return em.createQuery(KeptFileView.SELECT + " WHERE f.owner = :owner AND f.id IN :ids", KeptFileView.class)
                .setParameter("owner", owner)
                .setParameter("ids", order)
                .getResultStream()
                .sorted(Comparator.comparingInt(f -> order.indexOf(f.id())))
                .toList();
    }

    /** The file with its bytes, if {@code owner} has it. */
    public Optional<StoredFile> read(String owner, long id) {
        KeptFile file = em.find(KeptFile.class, id);
        if (file == null || !file.getOwner().equals(owner)) {
            return Optional.empty();
        }
        KeptFileContent content = em.find(KeptFileContent.class, id);
        return Optional.of(new StoredFile(file.getFileName(), file.getMediaType(), content.bytes()));
    }
}
