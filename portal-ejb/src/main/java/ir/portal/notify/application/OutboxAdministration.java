package ir.portal.notify.application;

import ir.portal.notify.domain.MailResent;
import ir.portal.notify.domain.MailStatus;
import ir.portal.notify.domain.OutboxFilter;
import ir.portal.notify.domain.OutboxMail;
import ir.portal.notify.domain.OutboxRepository;
import ir.portal.notify.domain.OutboxRow;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * The outbox as the console shows it, and putting a mail the sender gave up on back in the queue. A resend is
 * checked against the version the administrator saw, so two people resending the same mail send it once: the
 * second is told someone else changed it.
 */
@Stateless
@Requires(Right.OUTBOX_MANAGE)
public class OutboxAdministration {

    private static final Logger LOG = Logger.getLogger(OutboxAdministration.class.getName());

    @Inject
    CurrentActor actors;

    @Inject
    OutboxRepository outbox;

    @Inject
    Clock clock;

    @Inject
    Event<MailResent> resent;

    @Inject
    Event<MailQueued> queued;

    /** One page of the mails, newest first unless sorted by another column ({@link OutboxRepository#rows}). */
    public List<OutboxRow> rows(
            MailStatus status, String recipient, String sortField, boolean ascending, int first, int size) {
        return outbox.rows(new OutboxFilter(status, recipient), sortField, ascending, PageRequest.of(first, size));
    }

    public long count(MailStatus status, String recipient) {
        return outbox.count(new OutboxFilter(status, recipient));
    }

    /** Puts a failed mail back in the queue, due now; the sender starts a round once this commits. */
    public void resend(long id, long version) {
        Actor actor = actors.get();
        OutboxMail mail = outbox.findForChange(id, version);
        int attempts = mail.getAttempts();
        mail.resend(clock.instant());
        outbox.flush(mail);
        resent.fire(new MailResent(id, attempts, actor));
        queued.fire(new MailQueued(id));
        LOG.info(() -> actor + " put mail " + id + " back in the outbox after " + attempts + " attempts");
    }
}
