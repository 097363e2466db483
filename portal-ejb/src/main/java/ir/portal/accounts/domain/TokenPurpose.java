package ir.portal.accounts.domain;

import java.time.Duration;

/** What a link sent by mail is for, and how long it works. */
public enum TokenPurpose {
    /** Confirms the address given at registration, or a new address from the profile page. */
    CONFIRM_MAIL(Duration.ofDays(2)),
    /** Sets a new password for someone who forgot theirs. */
    RESET_PASSWORD(Duration.ofMinutes(30));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
