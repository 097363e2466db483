package ir.portal.desk.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.time.LocalDate;
import java.util.List;

/** A request took a step of its workflow, from one stage to another. */
public record RequestMoved(
        ServiceRequest request, String transition, String from, String to, LocalDate dueOn, Actor actor)
        implements Audited {

    @Override
    public String action() {
        return "desk.request.moved." + transition;
    }

    @Override
    public String subject() {
        return "ServiceRequest:" + request.getId();
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("stage", from, to));
    }
}
