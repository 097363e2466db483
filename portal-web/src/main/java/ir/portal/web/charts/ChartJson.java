package ir.portal.web.charts;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Chart.js configurations of the portal's charts, as JSON for PrimeFaces' {@code p:chart}: numbers in the
 * reader's language, the canvas filling its box, no animation; in Persian the axes and legends read from the
 * right.
 */
public final class ChartJson {

    /** The portal's brand colour and its companions, as the style sheet has them. */
    public static final List<String> COLOURS =
            List.of("#0b5c8a", "#f2a900", "#2e8540", "#b3362f", "#6a4c93", "#1f9bb5", "#8a6d3b", "#5f6b76");

    /** One set of values drawn together: a line, or bars of one colour; a null value is a gap. */
    public record Dataset(String name, List<? extends Number> values) {}

    private ChartJson() {}

    /**
     * Bars of counts, one colour, no legend, the bars lying so that long names read whole; in Persian they grow
     * from the right, under names on the right.
     */
    public static String lyingBars(List<String> labels, List<? extends Number> counts, String label, boolean rtl) {
        JsonObjectBuilder options = options(rtl).add("indexAxis", "y");
        options.add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))
                                .add("tooltip", Json.createObjectBuilder().add("rtl", rtl)))
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(
                                        "x",
                                        Json.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add("reverse", rtl)
                                                .add(
                                                        "ticks",
                                                        Json.createObjectBuilder()
                                                                .add("precision", 0)))
                                .add("y", Json.createObjectBuilder().add("position", rtl ? "right" : "left")));
        return chart("bar", labels, List.of(new Dataset(label, counts)), options);
    }

    /** A doughnut of shares, a colour each, the legend below. */
    public static String doughnut(List<String> labels, List<? extends Number> values, boolean rtl) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < values.size(); i++) {
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        JsonObjectBuilder options = options(rtl).add("plugins", legendBelow(rtl));
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(labels))
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("data", numbers(values))
                                                        .add("backgroundColor", colours))))
                .add("options", options)
                .build()
                .toString();
    }

    /**
     * Values over time: lines (or standing bars) a colour each, the days along the bottom (from the right in
     * Persian), the measure on the vertical axis, the legend below when there is more than one set.
     */
    public static String overTime(String type, List<String> days, List<Dataset> sets, String measure, boolean rtl) {
        JsonObjectBuilder legend = legendBelow(rtl);
        if (sets.size() < 2) {
            legend.add("legend", Json.createObjectBuilder().add("display", false));
        }
        JsonObjectBuilder options = options(rtl)
                .add("plugins", legend)
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("reverse", rtl))
                                .add(
                                        "y",
                                        Json.createObjectBuilder()
                                                .add("position", rtl ? "right" : "left")
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", measure))));
        return chart(type, days, sets, options);
    }

    private static String chart(String type, List<String> labels, List<Dataset> sets, JsonObjectBuilder options) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < sets.size(); i++) {
            String colour = COLOURS.get(i % COLOURS.size());
            JsonObjectBuilder set = Json.createObjectBuilder()
                    .add("label", sets.get(i).name())
                    .add("data", numbers(sets.get(i).values()))
                    .add("backgroundColor", colour)
                    .add("borderColor", colour);
            if ("line".equals(type)) {
                set.add("spanGaps", true).add("pointRadius", 2).add("borderWidth", 2);
            }
            datasets.add(set);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", strings(labels))
                                .add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    private static JsonObjectBuilder options(boolean rtl) {
        return Json.createObjectBuilder()
                .add("locale", rtl ? "fa-IR" : "en")
                .add("maintainAspectRatio", false)
                .add("animation", false);
    }

    private static JsonObjectBuilder legendBelow(boolean rtl) {
        return Json.createObjectBuilder()
                .add(
                        "legend",
                        Json.createObjectBuilder().add("position", "bottom").add("rtl", rtl))
                .add("tooltip", Json.createObjectBuilder().add("rtl", rtl));
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Number v : values) {
            if (v == null) {
                array.addNull();
            } else if (v instanceof BigDecimal d) {
                array.add(d);
            } else {
                array.add(v.longValue());
            }
        }
        return array;
    }
}
