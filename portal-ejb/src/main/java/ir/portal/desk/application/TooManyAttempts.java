package ir.portal.desk.application;

import jakarta.ejb.ApplicationException;

/** This client asked too often; it may try again after a while. */
@ApplicationException(rollback = true)
public class TooManyAttempts extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TooManyAttempts(String client) {
        super("Too many tracking attempts from " + client);
    }
}
