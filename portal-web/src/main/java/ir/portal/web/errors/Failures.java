package ir.portal.web.errors;

import ir.portal.platform.errors.NotFound;
import ir.portal.platform.errors.PortalException;
import ir.portal.platform.errors.Refused;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/** Finds the business exception behind whatever the container wrapped it in, and the status it answers with. */
final class Failures {

    private Failures() {}

    /** Whether a postback came without its page's nonce: it is refused outright, the page cannot be drawn again. */
    static boolean withoutNonce(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals(WITHOUT_NONCE)) {
                return true;
            }
        }
        return false;
    }

    /** The portal exception in the cause chain, if there is one. */
    static Optional<PortalException> portalCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PortalException portal) {
                return Optional.of(portal);
            }
        }
        return Optional.empty();
    }

    /** What PrimeFaces' CSP mode throws for a postback without the nonce of the page it came from. */
    private static final String WITHOUT_NONCE = "org.primefaces.csp.CspException";

    /** What Undertow throws when a post is larger than the listener's max-post-size (portal.upload.max-post-bytes). */
    private static final String TOO_LARGE = "io.undertow.server.RequestTooBigException";

    /**
     * 404 for what does not exist or is someone else's, 403 for a missing right, 413 for a post over the server's
     * limit (sent without the page's own check, which stops it in the browser); empty for anything else.
     */
    static Optional<Integer> refusalStatus(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NotFound) {
                return Optional.of(HttpServletResponse.SC_NOT_FOUND);
            }
            if (t instanceof Refused || t instanceof EJBAccessException) {
                return Optional.of(HttpServletResponse.SC_FORBIDDEN);
            }
            if (t.getClass().getName().equals(WITHOUT_NONCE)) {
                return Optional.of(HttpServletResponse.SC_FORBIDDEN);
            }
            if (t.getClass().getName().equals(TOO_LARGE)) {
                return Optional.of(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            }
        }
        return Optional.empty();
    }
}
