package ir.portal.desk.application;

import ir.portal.desk.domain.DeskRepository;
import ir.portal.identifiers.TrackingCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;

/**
 * Fresh tracking codes: 43 random bits from a strong generator, drawn again in the rare case the code is taken.
 * The unique constraint on the table settles a race between two nodes.
 */
@ApplicationScoped
public class TrackingCodes {

    private final SecureRandom random = new SecureRandom();

    @Inject
    DeskRepository desk;

    public TrackingCode fresh() {
        TrackingCode code = TrackingCode.random(random);
        while (desk.trackingCodeTaken(code)) {
            code = TrackingCode.random(random);
        }
        return code;
    }
}
