package ir.portal.notify.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what is due in the outbox every few seconds, and soon after each commit that queued mail. Runs one round at a time on a node; between nodes the
 * claim in {@link OutboxDelivery} decides who sends a message, so each message goes out once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @Resource
    private TimerService timerService;

    @Inject
    private OutboxDelivery delivery;

    @Inject
    private MailTransport transport;

    @Inject
    @ConfigProperty(name = "portal.outbox.interval-seconds", defaultValue = "15")
    private long intervalSeconds;

    @PostConstruct
    void schedule() {
        long interval = Duration.ofSeconds(intervalSeconds).toMillis();
        timerService.createIntervalTimer(interval, interval, new TimerConfig("outbox-sender", false));
    }

    /** Set while a round asked for by a committed mail is waiting to run, so that a burst of mail asks once. */
    private final AtomicBoolean roundAsked = new AtomicBoolean();

    /** After the commit of a transaction that queued mail (never after a rollback): a round now, on a timer thread. */
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (roundAsked.compareAndSet(false, true)) {
            timerService.createSingleActionTimer(1, new TimerConfig("outbox-now", false));
        }
    }

    @Timeout
    void onTimer() {
        roundAsked.set(false);
        sendDue();
    }

    /** Sends every message that is due now; returns how many went out. */
    public synchronized int sendDue() {
        int sent = 0;
        for (Long id : delivery.dueIds(BATCH)) {
            var claimed = delivery.claim(id);
            if (claimed.isEmpty()) {
                continue;
            }
            try {
                transport.send(claimed.get());
                delivery.sent(id);
                sent++;
            } catch (MailTransport.MailNotSentException e) {
                LOG.log(Level.INFO, "Mail {0} not sent now, will retry: {1}", new Object[] {id, e.getMessage()});
                delivery.failed(id, e.getMessage());
            }
        }
        return sent;
    }
}
