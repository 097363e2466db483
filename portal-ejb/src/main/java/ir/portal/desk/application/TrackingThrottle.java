package ir.portal.desk.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Limits tracking lookups per client address: {@code portal.desk.tracking.attempts} (10) in a window of
 * {@code portal.desk.tracking.window-seconds} (600). Kept per node; behind a balancer with sticky sessions
 * that is per node too, which still bounds guessing to a few lookups a minute against 10^13 codes.
 */
@ApplicationScoped
public class TrackingThrottle {

    private static final int PRUNE_ABOVE = 10_000;

    @Inject
    @ConfigProperty(name = "portal.desk.tracking.attempts", defaultValue = "10")
    int attempts;

    @Inject
    @ConfigProperty(name = "portal.desk.tracking.window-seconds", defaultValue = "600")
    long windowSeconds;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private final Clock clock = Clock.systemUTC();

    private volatile Instant lastPrune = Instant.EPOCH;

    public boolean allow(String client) {
        Instant now = clock.instant();
        if (windows.size() > PRUNE_ABOVE && now.isAfter(lastPrune.plusSeconds(1))) {
            lastPrune = now;
            windows.values().removeIf(w -> w.over(now));
        }
        Window window = windows.compute(key(client), (k, w) -> w == null || w.over(now)
                ? new Window(now.plus(Duration.ofSeconds(windowSeconds)), 1) : new Window(w.ends(), w.count() + 1));
        return window.count() <= attempts;
    }

    /** One IPv4 address, or one IPv6 /64 (what one subscriber line gets), counts as one client. */
    static String key(String client) {
        if (client == null) {
            return "";
        }
        if (client.indexOf(':') < 0) {
            return client;
        }
        String[] groups = client.split(":", -1);
        return groups.length < 4 ? client : String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
    }

    private record Window(Instant ends, int count) {

        boolean over(Instant now) {
            return !now.isBefore(ends);
        }
    }
}
