package ir.portal.platform.errors;

/** The caller lacks the right, or belongs to another unit: the web answers 403, or says so on the form. */
public class Refused extends PortalException {

    private static final long serialVersionUID = 1L;

    public Refused(String why) {
        super(why);
    }
}
