package ir.portal.accounts.application;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.i18n.PersianDigits;
import ir.portal.platform.security.Digests;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238: SHA-1, six digits, 30-second steps, one step of
 * clock drift either way) through the {@code dev.samstevens.totp} library, and ten one-time recovery codes
 * kept only as SHA-256 hashes. Codes are checked against the portal's clock.
 */
@Stateless
public class SecondFactor {

    /** The issuer the authenticator app shows beside the account. */
    static final String ISSUER = "Portal";

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    /** A new secret for an account to enrol; nothing is kept until a code made from it is confirmed. */
    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The QR code (PNG) of the secret that an authenticator app scans: issuer, account name, secret. */
    public byte[] qrCode(String username, String secret) {
        QrData data = new QrData.Builder()
                .label(username)
                .secret(secret)
                .issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(30)
                .build();
        try {
            return new ZxingPngQrGenerator().generate(data);
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keeps the secret once the person typed a code their app made from it, and gives the recovery codes to
     * show them once; a wrong code keeps nothing.
     */
    public Optional<List<String>> confirm(String username, String secret, String code) {
        if (secret == null || !verifier().isValidCode(secret, digits(code))) {
            return Optional.empty();
        }
        Account account = accounts.findByUsername(username).orElseThrow();
        List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(10));
        account.enrolSecondFactor(secret, codes.stream().map(SecondFactor::hash).collect(Collectors.toSet()));
        return Optional.of(codes);
    }

    /** Whether the code is the account's current authenticator code or one of its unused recovery codes. */
    public boolean accepts(String username, String code) {
        Account account = accounts.findByUsername(username).orElse(null);
        if (account == null || account.getTotpSecret() == null || code == null) {
            return false;
        }
        String digits = digits(code);
        if (digits.length() == 6 && verifier().isValidCode(account.getTotpSecret(), digits)) {
            return true;
        }
        return account.useRecoveryCode(hash(code.strip().toLowerCase(Locale.ROOT)));
    }

    /** The current code for a secret: what an authenticator app would show (for the tests and the demo). */
    public String currentCode(String secret) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                    .generate(secret, clock.instant().getEpochSecond() / 30);
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private CodeVerifier verifier() {
        DefaultCodeVerifier verifier = new DefaultCodeVerifier(
                new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
                () -> clock.instant().getEpochSecond());
        verifier.setTimePeriod(30);
        verifier.setAllowedTimePeriodDiscrepancy(1);
        return verifier;
    }

    /** Persian or Arabic-Indic digits as an app user might type them, spaces dropped. */
    private static String digits(String code) {
        return code == null ? "" : PersianDigits.toLatin(code).replaceAll("\\s", "");
    }

    static String hash(String code) {
        return Digests.sha256(code);
    }
}
