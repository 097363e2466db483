package ir.portal.desk.application;

import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.desk.domain.UnitScope;
import ir.portal.platform.errors.NotFound;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.Right;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may see a request: the citizen it is for, the clerk who submitted it, staff of the unit it belongs to, the
 * portal expert, and staff of a role that serves every unit (a counter office) while the request waits for that
 * role. Anyone else is told it does not exist.
 */
@ApplicationScoped
public class RequestAccess {

    @Inject
    DeskRepository desk;

    public ServiceRequest readable(long id, Actor actor) {
        ServiceRequest request = desk.get(id);
        if (!mayRead(request, actor)) {
            throw new NotFound("Request " + id + " is not for " + actor);
        }
        return request;
    }

    public boolean mayRead(ServiceRequest request, Actor actor) {
        if (actor.isAnonymous()) {
            return false;
        }
        if (request.isApplicant(actor.account()) || request.getSubmittedBy().equals(actor.account())) {
            return true;
        }
        if (!actor.isStaff()) {
            return false;
        }
        if (actor.reaches(request.getUnit(), Right.REQUESTS_READ_ALL)) {
            return true;
        }
        return request.getWorkflow().transitionsFrom(request.getStage()).stream()
                        .anyMatch(t -> t.getUnitScope() == UnitScope.ANY && actor.hasRole(t.getRole()))
                || actor.may(Right.REQUESTS_EVERY_UNIT)
                        && actor.hasAnyOf(request.getPosition().waitingFor());
    }
}
