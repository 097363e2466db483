package ir.portal.platform.pages;

import java.util.List;

/**
 * A rendered page as it is kept: its content type, its Content-Security-Policy and its body, each cut where the
 * response's nonce stood, so that every response served from it gets a nonce of its own.
 */
public record KeptPage(String contentType, List<String> policy, List<byte[]> body) {

    public KeptPage {
        policy = List.copyOf(policy);
        body = List.copyOf(body);
    }

    /** The policy with {@code nonce} where the rendered response had its own. */
    public String policyWith(String nonce) {
        return String.join(nonce, policy);
    }
}
