package ir.portal.desk.application;

import ir.portal.accounts.domain.Roles;
import ir.portal.desk.domain.Actor;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.desk.domain.UnitScope;
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
        ServiceRequest request = desk.find(id).orElseThrow(() -> new RequestNotFound("No request " + id));
        if (!mayRead(request, actor)) {
            throw new RequestNotFound("Request " + id + " is not for " + actor.account().getUsername());
        }
        return request;
    }

    public boolean mayRead(ServiceRequest request, Actor actor) {
        if (request.isApplicant(actor.account()) || request.getSubmittedBy().equals(actor.account())) {
            return true;
        }
        if (!actor.isStaff()) {
            return false;
        }
        if (actor.hasRole(Roles.PORTAL_EXPERT) || request.getUnit().equals(actor.unit())) {
            return true;
        }
        return request.getWorkflow().transitionsFrom(request.getStage()).stream()
                .anyMatch(t -> t.getUnitScope() == UnitScope.ANY && actor.hasRole(t.getRole()))
                || actor.hasRole(Roles.COUNTER_CLERK)
                && request.getWaitingFor().contains("|" + Roles.COUNTER_CLERK + "|");
    }
}
