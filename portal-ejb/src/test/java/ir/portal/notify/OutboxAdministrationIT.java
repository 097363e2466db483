package ir.portal.notify;

import static ir.portal.Thrown.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import ir.portal.accounts.AsAdmin;
import ir.portal.accounts.AsCitizen;
import ir.portal.catalog.AsEditor;
import ir.portal.notify.application.OutboxAdministration;
import ir.portal.notify.domain.MailStatus;
import ir.portal.notify.domain.OutboxMail;
import ir.portal.notify.domain.OutboxRow;
import ir.portal.platform.audit.AuditEntry;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.Refused;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The outbox console's service: a mail the sender gave up on is put back in the queue by an administrator and
 * delivered; only those who keep the outbox may do it; two resends of what one page showed send it once. The test
 * server sends to port 3025 (arquillian.xml), where GreenMail listens only while a test needs delivery.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxAdministrationIT {

    private static final int SMTP_PORT = 3025;

    @Inject
    OutboxAdministration administration;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsOperator asOperator;

    @Inject
    AsCitizen asCitizen;

    @Inject
    AsEditor asEditor;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void aFailedMailResentByAnAdministratorIsDeliveredOnceAndAudited() throws Exception {
        String recipient = recipient("resent");
        long id = failedMail(recipient, "رسید درخواست");
        OutboxRow failed = onlyRow(recipient);
        assertEquals(MailStatus.FAILED, failed.status());
        assertEquals(1, failed.attempts());
        assertEquals("Connection refused", failed.lastError());
        assertNotNull(failed.lastAttemptAt());

        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            asAdmin.call(() -> {
                administration.resend(failed.id(), failed.version());
                return null;
            });
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (onlyRow(recipient).status() != MailStatus.SENT
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
            OutboxRow sent = onlyRow(recipient);
            assertEquals(MailStatus.SENT, sent.status(), "sent soon after the resend: " + sent);
            assertNotNull(sent.sentAt());
            assertEquals(1, sent.attempts(), "one attempt since the resend");
            assertEquals(1, delivered(smtp, recipient), "in the mail server once");
            MimeMessage message = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> to(m, recipient))
                    .findFirst()
                    .orElseThrow();
            assertEquals("رسید درخواست", message.getSubject());
        } finally {
            smtp.stop();
        }

        List<AuditEntry> entries = audit(id);
        assertEquals(1, entries.size(), "one audit entry");
        assertEquals("notify.mail.resent", entries.get(0).getAction());
        assertEquals("admin", entries.get(0).getUsername());
        assertTrue(
                entries.get(0).getChanges().contains("FAILED"), entries.get(0).getChanges());
    }

    @Test
    void theOutboxIsListedNewestFirstAndFilteredByStatusAndRecipient() throws Exception {
        String token = UUID.randomUUID().toString();
        long older = failedMail("first-" + token + "@example.org", "نخست");
        long newer = failedMail("Second-" + token + "@example.org", "دوم");

        List<OutboxRow> rows =
                asOperator.call(() -> administration.rows(null, token.toUpperCase(), null, false, 0, 10));
        assertEquals(List.of(newer, older), rows.stream().map(OutboxRow::id).toList(), "newest first, any case");
        assertEquals(2, asOperator.call(() -> administration.count(MailStatus.FAILED, token)));
        assertEquals(0, asOperator.call(() -> administration.count(MailStatus.SENT, token)));
        assertEquals(
                List.of(older),
                asOperator.call(() -> administration.rows(null, "first-" + token, "recipient", true, 0, 10)).stream()
                        .map(OutboxRow::id)
                        .toList());
    }

    @Test
    void aCitizenAndAnEditorAreRefusedAndTheMailStaysFailed() throws Exception {
        String recipient = recipient("refused");
        failedMail(recipient, "رسید درخواست");
        OutboxRow failed = onlyRow(recipient);

        assertRefused(() -> asCitizen.call(() -> administration.count(null, null)));
        assertRefused(() -> asEditor.call(() -> administration.rows(null, null, null, false, 0, 20)));
        assertRefused(() -> asCitizen.call(() -> {
            administration.resend(failed.id(), failed.version());
            return null;
        }));
        assertRefused(() -> asEditor.call(() -> {
            administration.resend(failed.id(), failed.version());
            return null;
        }));
        assertRefused(() -> administration.resend(failed.id(), failed.version()));

        assertEquals(MailStatus.FAILED, onlyRow(recipient).status(), "nothing was put back in the queue");
        assertEquals(List.of(), audit(failed.id()), "nor audited");
    }

    @Test
    void aSecondResendOfWhatThePageShowedIsToldSomeoneElseDidIt() throws Exception {
        String recipient = recipient("stale");
        long id = failedMail(recipient, "رسید درخواست");
        OutboxRow seen = onlyRow(recipient);

        asAdmin.call(() -> {
            administration.resend(seen.id(), seen.version());
            return null;
        });
        assertThrows(
                ConcurrentEdit.class,
                () -> asOperator.call(() -> {
                    administration.resend(seen.id(), seen.version());
                    return null;
                }));
        assertEquals(1, audit(id).size(), "one resend, one audit entry");
    }

    @Test
    void twoResendsAtOnceHaveExactlyOneWinner() throws Exception {
        String recipient = recipient("race");
        long id = failedMail(recipient, "رسید درخواست");
        OutboxRow seen = onlyRow(recipient);
        int racers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    asAdmin.call(() -> {
                        administration.resend(seen.id(), seen.version());
                        return null;
                    });
                    return true;
                } catch (ConcurrentEdit e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, winners, "one resend went through, the others were told");
        assertEquals(1, audit(id).size(), "and only it was audited");
    }

    private static String recipient(String what) {
        return what + "-" + UUID.randomUUID() + "@example.org";
    }

    /** A mail as the sender leaves it after its last attempt failed: given up, kept for the administrator. */
    private long failedMail(String recipient, String subject) throws Exception {
        transaction.begin();
        Instant now = clock.instant();
        OutboxMail mail = new OutboxMail(recipient, subject, "درخواست شما ثبت شد.", now);
        em.persist(mail);
        mail.claim(now, Duration.ofMinutes(5));
        mail.failed("Connection refused", now, Duration.ofSeconds(1), Duration.ofSeconds(1), 1);
        transaction.commit();
        return mail.getId();
    }

    private OutboxRow onlyRow(String recipient) throws Exception {
        List<OutboxRow> rows = asAdmin.call(() -> administration.rows(null, recipient, null, false, 0, 10));
        assertEquals(1, rows.size(), () -> "one mail to " + recipient + ": " + rows);
        return rows.get(0);
    }

    private List<AuditEntry> audit(long mailId) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.subject = :s", AuditEntry.class)
                .setParameter("s", "OutboxMail:" + mailId)
                .getResultList();
    }

    private static void assertRefused(Executable call) {
        Exception refused = assertThrows(Exception.class, call);
        assertTrue(causedBy(refused, Refused.class), refused.toString());
    }

    private static long delivered(GreenMail smtp, String recipient) {
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
