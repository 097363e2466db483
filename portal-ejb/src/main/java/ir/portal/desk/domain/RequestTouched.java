package ir.portal.desk.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.security.Actor;

/** An action on a request that only the audit log follows: a rating, a file downloaded. */
public record RequestTouched(ServiceRequest request, String verb, Actor actor) implements Audited {

    @Override
    public String action() {
        return "desk.request." + verb;
    }

    @Override
    public String subject() {
        return "ServiceRequest:" + request.getId();
    }
}
