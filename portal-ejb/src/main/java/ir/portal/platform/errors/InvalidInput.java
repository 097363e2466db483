package ir.portal.platform.errors;

import java.util.Map;

/**
 * The input cannot be taken as it is: for each field in trouble, the bundle key of the message to show next to
 * it. Nothing was saved.
 */
public class InvalidInput extends PortalException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public InvalidInput(Map<String, String> problems) {
        super("Invalid input: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public static InvalidInput of(String field, String messageKey) {
        return new InvalidInput(Map.of(field, messageKey));
    }

    /** Field (e.g. {@code nationalId}, {@code content.title.fa}, {@code document.identity}) to message key. */
    public Map<String, String> problems() {
        return problems;
    }
}
