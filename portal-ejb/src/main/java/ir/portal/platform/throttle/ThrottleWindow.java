package ir.portal.platform.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * A fixed window of counted attempts: it opens at the first attempt and lasts its length; the attempt after the
 * limit is refused until the window ends, and then a new window starts.
 */
public record ThrottleWindow(Instant ends, int hits) {

    /** The window after one more attempt at {@code now}. */
    public static ThrottleWindow next(ThrottleWindow current, Instant now, Duration length) {
        if (current == null || !now.isBefore(current.ends())) {
            return new ThrottleWindow(now.plus(length), 1);
        }
        return new ThrottleWindow(current.ends(), current.hits() + 1);
    }

    public boolean allows(int limit) {
        return hits <= limit;
    }
}
