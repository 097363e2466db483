package ir.portal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import ir.portal.notify.application.Outbox;
import ir.portal.notify.application.OutboxSender;
import ir.portal.notify.domain.MailStatus;
import ir.portal.notify.domain.OutboxMail;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test server sends to port 3025 (arquillian.xml) and retries after a second; GreenMail plays the mail
 * server, stopped at first.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final int SMTP_PORT = 3025;

    @Inject
    private Outbox outbox;

    @Inject
    private OutboxSender sender;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Test
    void mailQueuedWhileTheMailServerIsDownIsDeliveredOnceItIsUp() throws Exception {
        String recipient = "citizen-" + UUID.randomUUID() + "@example.org";
        long id = outbox.queue(recipient, "رسید درخواست", "درخواست شما ثبت شد.");

        sender.sendDue();
        OutboxMail waiting = em.find(OutboxMail.class, id);
        assertEquals(MailStatus.PENDING, waiting.getStatus());
        assertTrue(waiting.getAttempts() >= 1, "an attempt was made");
        assertNotNull(waiting.getLastError());

        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (count(smtp, recipient) == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
            assertEquals(1, count(smtp, recipient), "delivered after the mail server came up");

            // a few more rounds of the sender must not send it again
            Thread.sleep(3000);
            sender.sendDue();
            assertEquals(1, count(smtp, recipient), "delivered exactly once");
            OutboxMail sent = em.find(OutboxMail.class, id);
            assertEquals(MailStatus.SENT, sent.getStatus());
            MimeMessage message = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> to(m, recipient))
                    .findFirst()
                    .orElseThrow();
            assertEquals("رسید درخواست", message.getSubject());
        } finally {
            smtp.stop();
        }
    }

    private static long count(GreenMail smtp, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m, recipient))
                .count();
    }

    private static boolean to(MimeMessage message, String recipient) {
        try {
            Address[] all = message.getAllRecipients();
            return all != null && Arrays.stream(all).anyMatch(a -> a.toString().equals(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
