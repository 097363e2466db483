package ir.portal.notify.domain;

import java.time.Instant;

/**
 * One mail of the outbox as the console lists it: the columns it shows and the version a resend is checked
 * against, read by a constructor query (never the body, which may be long).
 */
public record OutboxRow(
        Long id,
        long version,
        String recipient,
        String subject,
        MailStatus status,
        int attempts,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant sentAt,
        String lastError) {

    /** Whether an administrator may put it back in the queue. */
    public boolean failed() {
        return status == MailStatus.FAILED;
    }
}
