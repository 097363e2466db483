package ir.portal.accounts.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a signed-in session must know of its account on each request: whether it may go on (active, and its
 * sessions not ended since this one began) and whether a password change comes first.
 */
public record SessionState(boolean active, Instant sessionsEndedAt, boolean passwordChangeDue) {

    static final SessionState GONE = new SessionState(false, null, false);

    /** Whether a session that signed in at that moment may go on. */
    public boolean allows(Instant signedInAt) {
        // the session keeps its moment in milliseconds; the database may keep finer
        return active
                && (sessionsEndedAt == null
                        || signedInAt == null
                        || !signedInAt.isBefore(sessionsEndedAt.truncatedTo(ChronoUnit.MILLIS)));
    }
}
