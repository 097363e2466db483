package ir.portal.desk.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.security.Actor;
import java.time.LocalDate;

/** A request came in: the receipt mail and the audit entry follow inside the same transaction. */
public record RequestSubmitted(ServiceRequest request, LocalDate dueOn, Actor actor) implements Audited {

    @Override
    public String action() {
        return "desk.request.submitted";
    }

    @Override
    public String subject() {
        return "ServiceRequest:" + request.getId();
    }
}
