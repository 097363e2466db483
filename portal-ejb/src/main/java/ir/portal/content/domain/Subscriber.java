package ir.portal.content.domain;

import ir.portal.platform.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An address that asked for the newsletter: it gets the digest only once it has followed the link mailed to it
 * ({@link Status#CONFIRMED}), and leaves with the link in every mail. Only the SHA-256 of the confirmation link's
 * token is kept; the leaving link's token is kept as it is, since every digest carries it.
 */
@Entity
@Table(name = "newsletter_subscriber")
public class Subscriber extends BaseEntity {

    /** Where the address stands. */
    public enum Status {
        ASKED,
        CONFIRMED,
        LEFT
    }

    @Column(name = "email", nullable = false, length = 254, unique = true)
    private String email;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "leave_token", nullable = false, length = 64, unique = true)
    private String leaveToken;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected Subscriber() {}

    public Subscriber(String email, String language, String tokenHash, String leaveToken, Instant now) {
        this.email = email;
        this.leaveToken = leaveToken;
        ask(language, tokenHash, now);
    }

    /** Asks again (a new link, the old one no longer works), unless the address is on the list already. */
    public final void ask(String newLanguage, String newTokenHash, Instant now) {
        language = "en".equals(newLanguage) ? "en" : "fa";
        tokenHash = newTokenHash;
        if (status != Status.CONFIRMED) {
            status = Status.ASKED;
            askedAt = now;
            leftAt = null;
        }
    }

    public void confirm(Instant now) {
        if (status != Status.CONFIRMED) {
            status = Status.CONFIRMED;
            confirmedAt = now;
        }
    }

    public void leave(Instant now) {
        status = Status.LEFT;
        leftAt = now;
    }

    public String getEmail() {
        return email;
    }

    /** The token of the link that takes the address off the list, the same in every mail. */
    public String getLeaveToken() {
        return leaveToken;
    }

    public String getLanguage() {
        return language;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getAskedAt() {
        return askedAt;
    }
}
