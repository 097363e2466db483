package ir.portal.notify.domain;

import ir.portal.platform.audit.Audited;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.Actor;
import java.util.List;

/** An administrator put a mail the sender had given up on back in the queue. */
public record MailResent(long mailId, int attemptsBefore, Actor actor) implements Audited {

    @Override
    public String action() {
        return "notify.mail.resent";
    }

    @Override
    public String subject() {
        return "OutboxMail:" + mailId;
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(
                new FieldChange("status", MailStatus.FAILED.name(), MailStatus.PENDING.name()),
                new FieldChange("attempts", Integer.toString(attemptsBefore), "0"));
    }
}
