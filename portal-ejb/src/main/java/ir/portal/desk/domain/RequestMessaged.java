package ir.portal.desk.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.security.Actor;

/** Someone wrote on a request: the citizen to the staff who work it, or staff to the citizen. */
public record RequestMessaged(ServiceRequest request, String text, Actor actor) implements Audited {

    @Override
    public String action() {
        return actor.isStaff() ? "desk.request.message-to-applicant" : "desk.request.message-to-staff";
    }

    @Override
    public String subject() {
        return "ServiceRequest:" + request.getId();
    }
}
