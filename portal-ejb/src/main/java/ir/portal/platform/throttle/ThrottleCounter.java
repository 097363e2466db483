package ir.portal.platform.throttle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The attempts of one client at one kind of action in the current window, shared by every server node. */
@Entity
@Table(name = "throttle_counter")
public class ThrottleCounter {

    @Id
    @Column(name = "counter_key", length = 200)
    private String key;

    @Column(name = "window_ends", nullable = false)
    private Instant windowEnds;

    @Column(name = "hits", nullable = false)
    private int hits;

    protected ThrottleCounter() {}

    ThrottleCounter(String key, ThrottleWindow window) {
        this.key = key;
        set(window);
    }

    ThrottleWindow window() {
        return new ThrottleWindow(windowEnds, hits);
    }

    void set(ThrottleWindow window) {
        windowEnds = window.ends();
        hits = window.hits();
    }
}
