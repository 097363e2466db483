package ir.portal.platform.errors;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects what is wrong with an input, field by field, and refuses it as a whole. */
public final class Problems {

    /** The message key of a field that must be filled in. */
    public static final String REQUIRED = "platform.required";

    /** The message key of a text longer than its field takes. */
    public static final String TOO_LONG = "platform.too-long";

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Notes the problem of a field, unless the field already has one. */
    public Problems add(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
        return this;
    }

    /** Notes the problem when the condition holds. */
    public Problems addIf(boolean condition, String field, String messageKey) {
        return condition ? add(field, messageKey) : this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Map<String, String> asMap() {
        return Map.copyOf(byField);
    }

    /** Refuses the input if anything was noted. */
    public void throwIfAny() {
        if (!byField.isEmpty()) {
            throw new InvalidInput(byField);
        }
    }
}
