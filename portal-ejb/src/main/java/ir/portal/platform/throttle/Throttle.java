package ir.portal.platform.throttle;

import ir.portal.platform.errors.TooManyAttempts;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;

/**
 * Limits how often one client may try one kind of action (tracking lookups today; sign-in, registration and
 * tickets next), counted across every node of the cluster. One IPv4 address, or one IPv6 /64 (what one
 * subscriber line gets), is one client.
 */
@ApplicationScoped
public class Throttle {

    @Inject
    ThrottleCounts counts;

    @Inject
    Clock clock;

    /** Counts one attempt and says whether it is within the limit. */
    public boolean allow(ThrottleRule rule, String client) {
        return window(rule, client).allows(rule.limit());
    }

    /** Counts one attempt and refuses it, saying how long to wait, when it is over the limit. */
    public void check(ThrottleRule rule, String client) {
        ThrottleWindow window = window(rule, client);
        if (!window.allows(rule.limit())) {
            throw new TooManyAttempts(
                    rule.action() + " from " + client, Duration.between(clock.instant(), window.ends()));
        }
    }

    private ThrottleWindow window(ThrottleRule rule, String client) {
        String key = clientKey(client);
        try {
            return counts.count(rule, key);
        } catch (EJBException | PersistenceException e) {
            // two first attempts raced to create the counter; the loser counts on the winner's row
            return counts.count(rule, key);
        }
    }

    /** The part of a client's address that counts as one client. */
    public static String clientKey(String client) {
        if (client == null) {
            return "";
        }
        if (client.indexOf(':') < 0) {
            return client;
        }
        String[] groups = client.split(":", -1);
        return groups.length < 4 ? client : String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
    }
}
