package ir.portal.content.application;

import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the weekly digest on Thursday morning, Tehran time. The timer fires on every node; {@link NewsletterDigests}
 * makes sure that one digest goes out.
 */
@Singleton
public class NewsletterTimer {

    private static final Logger LOG = Logger.getLogger(NewsletterTimer.class.getName());

    @Inject
    NewsletterDigests digests;

    @Schedule(dayOfWeek = "Thu", hour = "8", minute = "0", timezone = "Asia/Tehran", persistent = false)
    void weekly() {
        try {
            digests.send()
                    .ifPresent(s -> LOG.info(
                            () -> "Newsletter digest: " + s.items() + " items to " + s.recipients() + " addresses"));
        } catch (EJBException e) {
            // another node wrote today's digest first: it sends it
            LOG.log(Level.FINE, "Newsletter digest left to another node", e);
        }
    }
}
