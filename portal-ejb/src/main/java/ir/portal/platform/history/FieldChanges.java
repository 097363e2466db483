package ir.portal.platform.history;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The field-by-field difference between two states of something people edit (a service card, a page, a
 * proposal), and its storage as a JSON array of {@code {field, before, after}}.
 */
public final class FieldChanges {

    private FieldChanges() {}

    /** The fields whose text differs between the two states, in the order of {@code after} then {@code before}. */
    public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : names) {
            String was = text(before.get(field));
            String now = text(after.get(field));
            if (!Objects.equals(was, now)) {
                changes.add(new FieldChange(field, was, now));
            }
        }
        return changes;
    }

    public static String toJson(List<FieldChange> changes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        changes.forEach(c -> array.add(Json.createObjectBuilder()
                .add("field", c.field())
                .add("before", c.before() == null ? JsonValue.NULL : Json.createValue(c.before()))
                .add("after", c.after() == null ? JsonValue.NULL : Json.createValue(c.after()))));
        return array.build().toString();
    }

    public static List<FieldChange> fromJson(String json) {
        return Json.createReader(new StringReader(json)).readArray().stream()
                .map(JsonValue::asJsonObject)
                .map(FieldChanges::change)
                .toList();
    }

    private static FieldChange change(JsonObject o) {
        return new FieldChange(
                o.getString("field"),
                o.isNull("before") ? null : o.getString("before"),
                o.isNull("after") ? null : o.getString("after"));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isBlank() || s.equals("[]") ? null : s;
    }
}
