package ir.portal.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The failed sign-ins of one typed name from one client, shared by every node through the database. A name
 * without an account is counted the same way, so the answers never tell the two apart; another client's
 * failures are another row, so an attacker cannot lock the real owner out.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    @Id
    @Column(name = "failure_key", length = 200)
    private String key;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected SignInFailure() {}

    public SignInFailure(String username, String clientKey) {
        this.key = key(username, clientKey);
        this.username = username;
    }

    public static String key(String username, String clientKey) {
        return username + " " + clientKey;
    }

    public void fail(Instant at) {
        failures++;
        lastFailureAt = at;
    }

    /**
     * How long this client must still wait before it may try the name again, under the rules: after
     * {@code slowAfter} failures a delay that doubles from one second, after {@code lockAfter} a lock of
     * {@code lock}; empty when it may try now.
     */
    public Optional<Wait> waitAt(Instant now, GuessingRules rules) {
        if (failures >= rules.lockAfter()) {
            Instant until = lastFailureAt.plus(rules.lock());
            return now.isBefore(until) ? Optional.of(new Wait(Duration.between(now, until), true)) : Optional.empty();
        }
        if (failures >= rules.slowAfter()) {
            Instant until = lastFailureAt.plusSeconds(1L << Math.min(30, failures - rules.slowAfter()));
            return now.isBefore(until) ? Optional.of(new Wait(Duration.between(now, until), false)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A lock that has passed starts the count again. */
    public boolean lockPassed(Instant now, GuessingRules rules) {
        return failures >= rules.lockAfter() && !now.isBefore(lastFailureAt.plus(rules.lock()));
    }

    public void restart() {
        failures = 0;
    }

    public int getFailures() {
        return failures;
    }

    public String getUsername() {
        return username;
    }

    /** A refusal before any password is checked: how long, and whether it is the lock. */
    public record Wait(Duration left, boolean locked) {

        /** Whole seconds, rounded up, as the person is told. */
        public long seconds() {
            long millis = left.toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }
    }

    /** The numbers of guessing protection, from the settings. */
    public record GuessingRules(int slowAfter, int lockAfter, Duration lock) {}
}
