package ir.portal.platform.errors;

import java.time.Duration;

/** This client asked too often; it may try again after a while. */
public class TooManyAttempts extends PortalException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyAttempts(String what) {
        this(what, Duration.ofMinutes(1));
    }

    public TooManyAttempts(String what, Duration retryAfter) {
        super("Too many attempts: " + what);
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    /** How long the client should wait before it tries again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, rounded up, at least one, as a person is told. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
