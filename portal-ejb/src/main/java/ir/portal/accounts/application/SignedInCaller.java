package ir.portal.accounts.application;

import jakarta.security.enterprise.credential.Credential;

/**
 * The credential the web layer hands the container once {@link SignIn} said {@code SIGNED_IN} for a name in this
 * request. It carries no secret: only server code can make one, and the identity store still checks that the
 * account is active.
 */
public final class SignedInCaller implements Credential {

    private final String username;

    public SignedInCaller(SignInResult result) {
        if (result.outcome() != SignInResult.Outcome.SIGNED_IN) {
            throw new IllegalArgumentException("Not signed in: " + result.outcome());
        }
        this.username = result.username();
    }

    public String username() {
        return username;
    }
}
