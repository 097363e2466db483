package ir.portal.notify.application;

import ir.portal.notify.domain.OutboxMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Objects;

/**
 * The one way to send mail: queue it in the caller's transaction. If the change rolls back, so does the mail;
 * if it commits, the mail will be sent: at once ({@link OutboxSender} observes {@link MailQueued} after the
 * commit), or in the sender's next round.
 */
@Stateless
public class Outbox {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long queue(String recipient, String subject, String body) {
        OutboxMail mail = new OutboxMail(
                Objects.requireNonNull(recipient),
                Objects.requireNonNull(subject),
                Objects.requireNonNull(body),
                clock.instant());
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.getId()));
        return mail.getId();
    }
}
