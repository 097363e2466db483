package ir.portal.it;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** What an authenticator app with the demo staff secret shows now (README: demo accounts). */
final class DemoCodes {

    /** The demo secret of {@code DemoData.DEMO_TOTP_SECRET}, as a newcomer types it into their app. */
    static final String SECRET = "DEMOPORTALSTAFFDEMOPORTALSTAFF23";

    private DemoCodes() {}

    static String now() {
        return of(SECRET);
    }

    static String of(String secret) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                    .generate(secret, System.currentTimeMillis() / 30_000);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
