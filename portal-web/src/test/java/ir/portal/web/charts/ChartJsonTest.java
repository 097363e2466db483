package ir.portal.web.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void aPersianChartOverTimeReadsFromTheRightAndKeepsAMissingValueAsAGap() {
        JsonObject chart = read(ChartJson.overTime(
                "line",
                List.of("۱ آذر", "۸ آذر"),
                List.of(
                        new ChartJson.Dataset("سد الف", Arrays.asList(new BigDecimal("12.5"), null)),
                        new ChartJson.Dataset("سد ب", List.of(BigDecimal.ONE, BigDecimal.TEN))),
                "میلیون مترمکعب",
                true));
        JsonObject scales = chart.getJsonObject("options").getJsonObject("scales");
        assertEquals(true, scales.getJsonObject("x").getBoolean("reverse"));
        assertEquals("right", scales.getJsonObject("y").getString("position"));
        assertEquals(
                "میلیون مترمکعب",
                scales.getJsonObject("y").getJsonObject("title").getString("text"));
        assertEquals("fa-IR", chart.getJsonObject("options").getString("locale"));
        var first = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals("[12.5,null]", first.getJsonArray("data").toString());
        assertEquals(true, first.getBoolean("spanGaps"), "a line runs on over a missing week");
        assertEquals(2, chart.getJsonObject("data").getJsonArray("datasets").size());
    }

    @Test
    void anEnglishBarChartWithOneSetHasNoLegend() {
        JsonObject chart = read(ChartJson.overTime(
                "bar", List.of("Azar 1"), List.of(new ChartJson.Dataset("Rain", List.of(3L))), "mm", false));
        assertEquals(
                false,
                chart.getJsonObject("options")
                        .getJsonObject("scales")
                        .getJsonObject("x")
                        .getBoolean("reverse"));
        assertEquals(
                false,
                chart.getJsonObject("options")
                        .getJsonObject("plugins")
                        .getJsonObject("legend")
                        .getBoolean("display"));
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
