package ir.portal.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use link sent by mail. Only the SHA-256 of the random token is kept: whoever reads the table cannot
 * follow the link. It works once, until it expires.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    /** The address a mail-confirmation link confirms. */
    @Column(length = 320)
    private String email;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {}

    public AccountToken(String tokenHash, Account account, TokenPurpose purpose, String email, Instant at) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.purpose = purpose;
        this.email = email;
        this.expiresAt = at.plus(purpose.lifetime());
    }

    /** Whether the link still works at that moment: not used, not expired. */
    public boolean worksAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant at) {
        usedAt = at;
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public String getEmail() {
        return email;
    }
}
