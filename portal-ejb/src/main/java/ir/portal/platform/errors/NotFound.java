package ir.portal.platform.errors;

/**
 * What was asked for does not exist, or is someone else's and may not be known to exist: the web answers 404.
 */
public class NotFound extends PortalException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what) {
        super(what);
    }
}
