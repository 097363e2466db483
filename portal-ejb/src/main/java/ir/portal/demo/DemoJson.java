package ir.portal.demo;

import ir.portal.platform.domain.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo data files beside these classes, read as JSON in UTF-8. A text is {@code {"fa": …, "en": …}}, each
 * language a string or, for a text that lists items one per line, an array of lines; a key left out is null, an
 * empty set or false.
 */
final class DemoJson {

    private DemoJson() {}

    static JsonObject read(String file) {
        try (InputStream in = DemoJson.class.getResourceAsStream(file);
                JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data " + file, e);
        }
    }

    static List<JsonObject> objects(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonArray(key).getValuesAs(JsonObject.class) : List.of();
    }

    static LocalizedText text(JsonObject o, String key) {
        if (!o.containsKey(key)) {
            return null;
        }
        JsonObject text = o.getJsonObject(key);
        return new LocalizedText(language(text.get("fa")), language(text.get("en")));
    }

    private static String language(JsonValue value) {
        if (value == null) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.ARRAY
                ? value.asJsonArray().getValuesAs(JsonString::getString).stream()
                        .collect(Collectors.joining("\n"))
                : ((JsonString) value).getString();
    }

    static String string(JsonObject o, String key) {
        return o.getString(key, null);
    }

    static Integer integer(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonNumber(key).intValueExact() : null;
    }

    static Long number(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonNumber(key).longValueExact() : null;
    }

    static boolean flag(JsonObject o, String key) {
        return o.getBoolean(key, false);
    }

    static <E extends Enum<E>> E value(JsonObject o, String key, Class<E> type) {
        return o.containsKey(key) ? Enum.valueOf(type, o.getString(key)) : null;
    }

    static <E extends Enum<E>> Set<E> values(JsonObject o, String key, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (o.containsKey(key)) {
            o.getJsonArray(key).getValuesAs(JsonString::getString).forEach(v -> values.add(Enum.valueOf(type, v)));
        }
        return values;
    }
}
