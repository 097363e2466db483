package ir.portal.catalog.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ticked boxes of a question, kept in one column as {@code |A|B|}: the catalog filters with
 * {@code LIKE '%|A|%'} and a card needs no table per question. (EclipseLink 4.0 does not apply an
 * {@code AttributeConverter} to a {@code Set}-typed attribute, so entities keep the column text and convert in
 * their accessors.)
 */
public final class EnumSets {

    private EnumSets() {}

    /** The column pattern that matches cards with this box ticked. */
    public static String pattern(Enum<?> value) {
        return "%|" + value.name() + "|%";
    }

    public static String format(Collection<? extends Enum<?>> values) {
        return values == null || values.isEmpty()
                ? "|"
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining("|", "|", "|"));
    }

    public static <E extends Enum<E>> Set<E> parse(String column, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (column != null) {
            Arrays.stream(column.split("\\|"))
                    .filter(s -> !s.isBlank())
                    .map(s -> Enum.valueOf(type, s))
                    .forEach(values::add);
        }
        return values;
    }
}
