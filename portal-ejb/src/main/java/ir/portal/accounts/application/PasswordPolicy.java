package ir.portal.accounts.application;

import ir.portal.platform.errors.Problems;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be (ASVS 2.1): at least 8 characters, up to 128 (longer is refused, not cut), any
 * characters, and not one of the 30,000 most common passwords of the list zxcvbn publishes (its
 * {@code passwords.txt}, from the xato corpus), compared without case.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private Set<String> common;

    @PostConstruct
    void load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            common = lines.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Notes on the field what is wrong with the password, if anything. */
    public void check(String field, String password, Problems problems) {
        if (password == null || password.isEmpty()) {
            problems.add(field, Problems.REQUIRED);
        } else if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(field, "accounts.password.short");
        } else if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            problems.add(field, "accounts.password.long");
        } else if (isCommon(password)) {
            problems.add(field, "accounts.password.common");
        }
    }

    public boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }
}
