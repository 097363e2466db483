package ir.portal.jobs.artifacts;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Deletes a chunk of sent mail in one statement; ids already gone are simply not found again. */
@Named
@Dependent
public class SentMailPurger extends AbstractItemWriter {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void writeItems(List<Object> ids) {
        em.createQuery("DELETE FROM OutboxMail m WHERE m.id IN :ids")
                .setParameter("ids", ids)
                .executeUpdate();
    }
}
