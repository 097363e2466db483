package ir.portal.platform.errors;

/** Someone else saved the same thing first. The view tells the user so, in their language, and keeps their input. */
public class ConcurrentEdit extends PortalException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEdit(String what) {
        this(what, null);
    }

    public ConcurrentEdit(String what, Throwable cause) {
        super(what + " was changed by someone else", cause);
    }
}
