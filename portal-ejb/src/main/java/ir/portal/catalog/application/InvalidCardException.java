package ir.portal.catalog.application;

import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * The card cannot be saved as it is: for each field in trouble, the bundle key of the message to show next to it.
 * Nothing was saved.
 */
@ApplicationException(rollback = true)
public class InvalidCardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public InvalidCardException(Map<String, String> problems) {
        super("Invalid card: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Field path (e.g. {@code content.title.fa}) to message key (e.g. {@code catalog.required}). */
    public Map<String, String> problems() {
        return problems;
    }
}
