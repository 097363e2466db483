package ir.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class PersistenceProviderIT {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Test
    void theProviderInTheServerIsEclipseLink() {
        String provider = em.getEntityManagerFactory().getClass().getName();
        assertTrue(provider.startsWith("org.eclipse.persistence."), provider);
        assertTrue(em.unwrap(JpaEntityManager.class)
                .getServerSession()
                .getPlatform()
                .getClass()
                .getName()
                .startsWith("org.eclipse.persistence.platform.database."));
    }

    @Test
    void theSchemaIsMadeByTheMigrations() {
        Number applied = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM \"schema_history\" WHERE \"success\" = TRUE AND \"version\" = '1'")
                .getSingleResult();
        assertEquals(1, applied.intValue());
    }
}
