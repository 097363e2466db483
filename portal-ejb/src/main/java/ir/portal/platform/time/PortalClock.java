package ir.portal.platform.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the portal: every feature injects {@link Clock} (or this) instead of asking the system, so a
 * test moves time forward through {@link #advance(Duration)} instead of editing rows by hand. The organisation's
 * zone ({@code portal.zone}, Asia/Tehran unless set) decides what "today" is. Moving the clock is possible only
 * on a server whose configuration sets {@code portal.clock.adjustable=true} (the test servers).
 */
@ApplicationScoped
public class PortalClock extends Clock {

    /** The zone of dates shown and counted when no setting is at hand (PDF footers, tests). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tehran");

    @Inject
    @ConfigProperty(name = "portal.zone", defaultValue = "Asia/Tehran")
    String zoneName;

    @Inject
    @ConfigProperty(name = "portal.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private ZoneId zone = DEFAULT_ZONE;

    private volatile Duration offset = Duration.ZERO;

    @PostConstruct
    void init() {
        zone = ZoneId.of(zoneName);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.offset(Clock.system(other), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Today where the organisation works. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), zone);
    }

    /** Moves the clock forward (or back, with a negative duration) on a server that allows it. */
    public void advance(Duration by) {
        if (!adjustable) {
            throw new IllegalStateException("The clock of this server cannot be moved (portal.clock.adjustable)");
        }
        offset = offset.plus(by);
    }

    /** Back to the system's time. */
    public void reset() {
        offset = Duration.ZERO;
    }
}
