package ir.portal.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A mail's way through the outbox: attempts, giving up, and an administrator's resend. */
class OutboxMailTest {

    private static final Instant QUEUED = Instant.parse("2026-11-26T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration PAUSE = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofHours(6);

    private static OutboxMail failedAfter(int maxAttempts) {
        OutboxMail mail = new OutboxMail("citizen@portal.example", "رسید درخواست", "متن", QUEUED);
        Instant now = QUEUED;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            mail.claim(now, LEASE);
            mail.failed("Connection refused", now, PAUSE, LONGEST, maxAttempts);
            now = mail.getNextAttemptAt();
        }
        return mail;
    }

    @Test
    void eachAttemptIsRecordedWhenTheMailIsClaimed() {
        OutboxMail mail = new OutboxMail("citizen@portal.example", "رسید", "متن", QUEUED);
        assertNull(mail.getLastAttemptAt(), "not tried yet");
        Instant tried = QUEUED.plusSeconds(3);
        mail.claim(tried, LEASE);
        assertEquals(tried, mail.getLastAttemptAt());
        assertEquals(1, mail.getAttempts());
        assertEquals(QUEUED, mail.getCreatedAt());
    }

    @Test
    void aMailIsGivenUpAfterItsLastAttemptAndNotTriedAgain() {
        OutboxMail mail = failedAfter(3);
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals(3, mail.getAttempts());
        assertFalse(mail.isDue(QUEUED.plus(Duration.ofDays(30))), "the sender leaves a failed mail alone");
    }

    @Test
    void aResentMailIsDueAtOnceWithAFullRoundOfAttemptsAndKeepsItsLastError() {
        OutboxMail mail = failedAfter(3);
        Instant resent = QUEUED.plus(Duration.ofHours(2));
        mail.resend(resent);
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        assertTrue(mail.isDue(resent), "due at once");
        assertEquals("Connection refused", mail.getLastError(), "why it failed, until the next attempt says more");

        mail.claim(resent, LEASE);
        mail.failed("Connection refused", resent, PAUSE, LONGEST, 3);
        assertEquals(MailStatus.PENDING, mail.getStatus(), "one failure after a resend is not the end again");
    }

    @Test
    void onlyAFailedMailCanBeResent() {
        OutboxMail waiting = new OutboxMail("citizen@portal.example", "رسید", "متن", QUEUED);
        assertThrows(IllegalStateException.class, () -> waiting.resend(QUEUED));
        OutboxMail sent = new OutboxMail("citizen@portal.example", "رسید", "متن", QUEUED);
        sent.claim(QUEUED, LEASE);
        sent.sent(QUEUED);
        assertThrows(IllegalStateException.class, () -> sent.resend(QUEUED));
    }

    @Test
    void theRecipientSearchTakesItsTextLiterallyInAnyLetterCase() {
        assertEquals("%citizen!_2!%!!@%", new OutboxFilter(null, "  Citizen_2%!@ ").recipientPattern());
        assertNull(new OutboxFilter(MailStatus.FAILED, "   ").recipient(), "a blank search is no search");
    }
}
