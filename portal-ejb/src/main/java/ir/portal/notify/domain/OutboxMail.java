package ir.portal.notify.domain;

import ir.portal.platform.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One message in the outbox. Its state moves only through the methods below; the version column makes a
 * claim by two senders at once end with one winner.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail extends BaseEntity {

    private static final int MAX_ERROR_LENGTH = 2000;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 100000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {}

    public OutboxMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Whether a sender may take this message now. */
    public boolean isDue(Instant now) {
        return (status == MailStatus.PENDING || status == MailStatus.SENDING) && !nextAttemptAt.isAfter(now);
    }

    /** Takes the message for one attempt; the lease ends the claim if the sender never reports back. */
    public void claim(Instant now, Duration lease) {
        if (!isDue(now)) {
            throw new IllegalStateException("Message " + getId() + " is not due");
        }
        status = MailStatus.SENDING;
        attempts++;
        lastAttemptAt = now;
        nextAttemptAt = now.plus(lease);
    }

    public void sent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Schedules the next attempt after a pause that doubles with every failure, or gives up. */
    public void failed(String error, Instant now, Duration firstPause, Duration longestPause, int maxAttempts) {
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
            return;
        }
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration pause = firstPause.multipliedBy(factor);
        status = MailStatus.PENDING;
        nextAttemptAt = now.plus(pause.compareTo(longestPause) > 0 ? longestPause : pause);
    }

    /**
     * Puts a message the sender gave up on back in the queue, due now, with a full round of attempts before it is
     * given up again; the last error stays until the next attempt replaces it.
     */
    public void resend(Instant now) {
        if (status != MailStatus.FAILED) {
            throw new IllegalStateException("Message " + getId() + " has not failed");
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
