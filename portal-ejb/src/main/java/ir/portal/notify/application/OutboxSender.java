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
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what is due in the outbox every few seconds. Runs one round at a time on a node; between nodes the
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

    @Timeout
    void onTimer() {
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
