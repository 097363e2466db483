package ir.portal.desk.application;

import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * The request, message or transition cannot be taken as it is: for each field in trouble, the bundle key of the
 * message to show next to it. Nothing was saved.
 */
@ApplicationException(rollback = true)
public class InvalidSubmission extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public InvalidSubmission(Map<String, String> problems) {
        super("Invalid input: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Field (e.g. {@code nationalId}, {@code field.bill}, {@code document.identity}) to message key. */
    public Map<String, String> problems() {
        return problems;
    }
}
