package ir.portal.platform.review;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * A whole item as JSON and back, by its fields as they are stored (not its getters, which may compute or copy):
 * what a {@link PendingRevision} keeps.
 */
public final class Snapshots {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .withPropertyVisibilityStrategy(new PropertyVisibilityStrategy() {

                @Override
                public boolean isVisible(Field field) {
                    return !Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers());
                }

                @Override
                public boolean isVisible(Method method) {
                    return false;
                }
            }));

    private Snapshots() {}

    public static String write(Object item) {
        return JSON.toJson(item);
    }

    public static <T> T read(String snapshot, Class<T> type) {
        return JSON.fromJson(snapshot, type);
    }
}
