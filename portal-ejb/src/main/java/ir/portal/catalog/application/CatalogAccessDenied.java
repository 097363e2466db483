package ir.portal.catalog.application;

import jakarta.ejb.ApplicationException;

/** The caller's role or unit does not allow this change of this card. */
@ApplicationException(rollback = true)
public class CatalogAccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogAccessDenied(String message) {
        super(message);
    }
}
