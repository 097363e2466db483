package ir.portal.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.identifiers.TrackingCode;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tracking codes of ten thousand stored requests: all different, each passing its check digit. */
@ExtendWith(ArquillianExtension.class)
class TrackingCodesIT {

    private static final String PREFIX = "bulk-codes-";

    @Inject
    BulkRequests bulk;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Test
    void tenThousandRequestsHaveUniqueCodesThatPassTheirCheck() {
        try {
            for (int batch = 0; batch < 10; batch++) {
                bulk.make(PREFIX, batch * 1000, 1000);
            }
            // the stored digits themselves, not the value objects the converter would make of them
            @SuppressWarnings("unchecked")
            List<String> codes = em.createNativeQuery(
                            "SELECT tracking_code FROM service_request WHERE form_token LIKE ?")
                    .setParameter(1, PREFIX + "%")
                    .getResultList();
            assertEquals(10_000, codes.size());
            assertEquals(10_000, new HashSet<>(codes).size(), "no code twice");
            assertTrue(
                    codes.stream()
                            .allMatch(c -> TrackingCode.parse(c)
                                    .map(TrackingCode::value)
                                    .filter(c::equals)
                                    .isPresent()),
                    "every code passes its check digit");
        } finally {
            bulk.remove(PREFIX);
        }
    }
}
