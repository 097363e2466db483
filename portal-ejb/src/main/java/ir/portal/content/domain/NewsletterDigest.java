package ir.portal.content.domain;

import ir.portal.platform.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One digest sent: on which Tehran day (at most one a day, which is what makes two racing nodes send it once), the
 * items published since when, and how many went to how many addresses.
 */
@Entity
@Table(name = "newsletter_digest")
public class NewsletterDigest extends BaseEntity {

    @Column(name = "sent_on", nullable = false, unique = true)
    private LocalDate sentOn;

    @Column(name = "since", nullable = false)
    private Instant since;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "items", nullable = false)
    private int items;

    @Column(name = "recipients", nullable = false)
    private int recipients;

    protected NewsletterDigest() {}

    public NewsletterDigest(LocalDate sentOn, Instant since, Instant sentAt) {
        this.sentOn = sentOn;
        this.since = since;
        this.sentAt = sentAt;
    }

    public void sent(int itemCount, int recipientCount) {
        items = itemCount;
        recipients = recipientCount;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getItems() {
        return items;
    }

    public int getRecipients() {
        return recipients;
    }
}
