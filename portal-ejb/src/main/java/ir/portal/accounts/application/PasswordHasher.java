package ir.portal.accounts.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PBKDF2 with HMAC-SHA512 and 210,000 iterations (OWASP's figure for this algorithm). The algorithm, salt and
 * iteration count are stored inside each hash, so old hashes still verify after these numbers change. A name
 * without an account is checked against a hash made at start-up, so it costs the same work as a wrong password;
 * every check is counted, for the tests that prove it.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    private final AtomicLong checks = new AtomicLong();

    private String nobodysHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        nobodysHash = pbkdf2.generate(UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        checks.incrementAndGet();
        return pbkdf2.verify(password, storedHash);
    }

    /** The same work as checking a password, for a name that has no account; never a match. */
    public boolean matchesNobody(char[] password) {
        matches(password, nobodysHash);
        return false;
    }

    /** How many passwords this node has checked since it started. */
    public long checks() {
        return checks.get();
    }
}
