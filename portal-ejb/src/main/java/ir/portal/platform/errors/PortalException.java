package ir.portal.platform.errors;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. Every subclass rolls the transaction back and reaches the caller as itself (not
 * wrapped in an {@code EJBException}); the web layer's one handler turns each kind into a message or an error
 * page, so no backing bean catches them one by one.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class PortalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected PortalException(String message) {
        super(message);
    }

    protected PortalException(String message, Throwable cause) {
        super(message, cause);
    }
}
