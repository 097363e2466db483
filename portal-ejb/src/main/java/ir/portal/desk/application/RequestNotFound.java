package ir.portal.desk.application;

import jakarta.ejb.ApplicationException;

/**
 * No such request or document for this caller. A request the caller may not see is reported the same way as one
 * that does not exist, so ids cannot be probed.
 */
@ApplicationException(rollback = true)
public class RequestNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestNotFound(String message) {
        super(message);
    }
}
