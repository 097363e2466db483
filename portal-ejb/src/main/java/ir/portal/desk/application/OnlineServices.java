package ir.portal.desk.application;

import ir.portal.desk.domain.DeskRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Whether a published service takes requests through the desk, for its public card to offer "start". */
@Stateless
@PermitAll
public class OnlineServices {

    @Inject
    DeskRepository desk;

    public boolean takesRequests(long serviceId) {
        return desk.activeWorkflow(serviceId).isPresent();
    }
}
