package ir.portal.platform.domain;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the same thing first. The view tells the user so, in their language, and keeps their input.
 */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String what, Throwable cause) {
        super(what + " was changed by someone else", cause);
    }
}
