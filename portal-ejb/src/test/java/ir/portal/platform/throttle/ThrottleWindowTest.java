package ir.portal.platform.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's fixed window: the limit within it, a fresh count after it, one client per IPv6 /64. */
class ThrottleWindowTest {

    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void theAttemptAfterTheLimitIsRefusedUntilTheWindowEnds() {
        ThrottleWindow window = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            window = ThrottleWindow.next(window, START.plusSeconds(attempt), TEN_MINUTES);
            assertTrue(window.allows(3), "attempt " + attempt);
        }
        window = ThrottleWindow.next(window, START.plus(Duration.ofMinutes(9)), TEN_MINUTES);
        assertFalse(window.allows(3), "the fourth within ten minutes");
        assertEquals(START.plusSeconds(1).plus(TEN_MINUTES), window.ends(), "the window runs from its first attempt");

        window = ThrottleWindow.next(window, START.plusSeconds(1).plus(TEN_MINUTES), TEN_MINUTES);
        assertTrue(window.allows(3), "a new window once the old one ended");
        assertEquals(1, window.hits());
    }

    @Test
    void oneIpv6SubscriberLineIsOneClient() {
        assertEquals("2001:db8:1:2::/64", Throttle.clientKey("2001:db8:1:2:aaaa:bbbb:cccc:1"));
        assertEquals(Throttle.clientKey("2001:db8:1:2::1"), Throttle.clientKey("2001:db8:1:2:ffff::9"));
        assertEquals("192.0.2.7", Throttle.clientKey("192.0.2.7"));
        assertEquals("", Throttle.clientKey(null));
    }
}
