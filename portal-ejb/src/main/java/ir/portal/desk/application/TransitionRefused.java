package ir.portal.desk.application;

import jakarta.ejb.ApplicationException;

/** The caller's role or unit may not take this step, or the request is no longer at the stage it starts from. */
@ApplicationException(rollback = true)
public class TransitionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransitionRefused(String message) {
        super(message);
    }
}
