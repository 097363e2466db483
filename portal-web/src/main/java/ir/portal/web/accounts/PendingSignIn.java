package ir.portal.web.accounts;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in between its steps, kept in the session: whose password was right, when, where the person was going,
 * and, while enrolling an authenticator app, the secret shown to them. It lasts five minutes.
 */
public record PendingSignIn(String username, Instant passwordAt, String next, String enrolSecret)
        implements Serializable {

    static final String ATTRIBUTE = "portal.pending-sign-in";

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    public boolean isCurrent(Instant now) {
        return now.isBefore(passwordAt.plus(LIFETIME));
    }

    public boolean isEnrolling() {
        return enrolSecret != null;
    }

    @Override
    public String toString() {
        return "PendingSignIn[" + username + ", " + passwordAt + "]";
    }
}
