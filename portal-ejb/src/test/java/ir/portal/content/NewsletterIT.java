package ir.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.accounts.Mailbox;
import ir.portal.content.application.Newsletter;
import ir.portal.content.application.NewsletterDigests;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.TooManyAttempts;
import ir.portal.platform.security.RequestOrigin;
import ir.portal.platform.time.PortalClock;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The newsletter (issue 11): double opt-in by the mailed link, the digest only to confirmed addresses and once a
 * day however often it is asked for, the leaving link in every mail, asking throttled per client. The mails are
 * read where they arrive (GreenMail), as a subscriber reads them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewsletterIT {

    private static final Pattern LINK = Pattern.compile("/newsletter/(confirm|leave)\\.xhtml\\?t=([A-Za-z0-9_-]+)");

    private Mailbox mailbox;

    @Inject
    private Newsletter newsletter;

    @Inject
    private NewsletterDigests digests;

    @Inject
    private ContentSteps steps;

    @Inject
    private PortalClock clock;

    @Inject
    private RequestOrigin origin;

    /** In the container, where the test methods run (a static @BeforeAll would run in the client's JVM). */
    @BeforeEach
    void startMailAndComeFromANewClient() {
        mailbox = new Mailbox();
        origin.set("10.8." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250), "fa");
    }

    @AfterEach
    void stopMail() {
        mailbox.close();
    }

    @Test
    @Order(1)
    void onlyAConfirmedAddressGetsTheDigestOnceADayAndItsLinkTakesItOff() throws Exception {
        String news = "خبر خبرنامه " + UUID.randomUUID();
        steps.published(ContentSamples.news("QOM-1", news, "Newsletter news"));
        String confirmed = address();
        String unconfirmed = address();
        newsletter.subscribe(confirmed, "fa");
        newsletter.subscribe(unconfirmed, "en");
        MimeMessage asked = mailbox.awaitSubject(confirmed, "تأیید عضویت در خبرنامه‌ی پرتال خدمات الکترونیکی");
        mailbox.awaitSubject(unconfirmed, "Confirm your subscription to the E-Services Portal newsletter");
        assertTrue(Mailbox.body(asked).contains("/newsletter/leave.xhtml?t="), "a leaving link in every mail");
        assertTrue(newsletter.confirm(link(asked, "confirm")));
        assertFalse(newsletter.confirm("no-such-token-" + UUID.randomUUID()), "a made-up link confirms nothing");

        try {
            // the next day, which no earlier run has sent a digest on
            clock.advance(Duration.ofDays(1));
            var sent = digests.send().orElseThrow();
            assertTrue(sent.items() >= 1 && sent.recipients() >= 1, sent.toString());
            MimeMessage digest = mailbox.await(confirmed, 2).get(1);
            assertTrue(
                    Mailbox.subject(digest).startsWith("خبرنامه‌ی پرتال خدمات الکترونیکی:"), Mailbox.subject(digest));
            assertTrue(Mailbox.body(digest).contains(news), "the news published since the last digest");
            assertTrue(digests.send().isEmpty(), "once a day, however often it is asked for");
            Thread.sleep(2000);
            assertEquals(1, mailbox.to(unconfirmed).size(), "an unconfirmed address gets its confirmation only");
            assertEquals(2, mailbox.to(confirmed).size());

            assertTrue(newsletter.leave(link(digest, "leave")));
            clock.advance(Duration.ofDays(1));
            steps.published(ContentSamples.news("QOM-1", news + " دوم", "Second"));
            clock.advance(Duration.ofMinutes(1));
            digests.send();
            Thread.sleep(2000);
            assertEquals(2, mailbox.to(confirmed).size(), "an address that left gets nothing more");
        } finally {
            clock.reset();
        }
    }

    @Test
    @Order(2) // it uses up the hour's asks of this client
    void asksAreThrottledPerClientAndAnAddressMustBeOne() {
        InvalidInput bad = assertThrows(InvalidInput.class, () -> newsletter.subscribe("not an address", "fa"));
        assertEquals(Map.of("email", "desk.email.invalid"), bad.problems());
        List<String> asked = new java.util.ArrayList<>();
        assertThrows(TooManyAttempts.class, () -> {
            for (int i = 0; i < 7; i++) {
                String a = address();
                newsletter.subscribe(a, "fa");
                asked.add(a);
            }
        });
        assertTrue(asked.size() <= 5, "five asks an hour from one client: " + asked.size());
    }

    private static String address() {
        return "reader-" + UUID.randomUUID() + "@example.org";
    }

    private static String link(MimeMessage mail, String kind) {
        Matcher m = LINK.matcher(Mailbox.body(mail));
        while (m.find()) {
            if (m.group(1).equals(kind)) {
                return m.group(2);
            }
        }
        throw new AssertionError("no " + kind + " link in " + Mailbox.body(mail));
    }
}
