package ir.portal.platform.errors;

/** This client asked too often; it may try again after a while. */
public class TooManyAttempts extends PortalException {

    private static final long serialVersionUID = 1L;

    public TooManyAttempts(String what) {
        super("Too many attempts: " + what);
    }
}
