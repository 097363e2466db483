package ir.portal.platform.history;

/** A field whose value changed, as text before and after (null when it was or became empty). */
public record FieldChange(String field, String before, String after) {}
