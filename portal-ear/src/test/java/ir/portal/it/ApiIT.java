package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The read-only JSON API serves the published cards, each with the fields of the form. */
class ApiIT extends PortalIT {

    @Test
    void listsThePublishedCardsWithTheirFields() throws Exception {
        HttpResponse<String> response = Http.get("/api/catalog/cards");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray cards = Json.createReader(new StringReader(response.body())).readArray();
        List<JsonObject> all = cards.stream().map(JsonValue::asJsonObject).toList();
        assertTrue(all.stream().allMatch(c -> c.getString("status").equals("PUBLISHED")));
        assertTrue(
                all.stream()
                        .noneMatch(c -> c.getJsonObject("title").getString("fa").equals("نصب کنتور هوشمند")),
                "the demo draft is not served");
        assertEquals(
                catalogIds(),
                all.stream()
                        .map(c -> (long) c.getJsonNumber("id").longValue())
                        .sorted()
                        .toList(),
                "the same cards as the public catalog");

        JsonObject branch = all.stream()
                .filter(c -> c.getJsonObject("title").getString("fa").equals("اصلاح سرویس انشعاب"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Correction of branch service", branch.getJsonObject("title").getString("en"));
        assertEquals(
                List.of("G2C"),
                branch.getJsonArray("types").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(10, branch.getJsonArray("processes").size());
        assertEquals(4, branch.getJsonArray("stages").size());
        assertEquals(5, branch.getInt("averageDays"));
        assertEquals(5, branch.getJsonArray("links").size());

        HttpResponse<String> one = Http.get("/api/catalog/cards/" + branch.getJsonNumber("id"));
        assertEquals(200, one.statusCode());
        assertEquals(
                "ENTERPRISE",
                Json.createReader(new StringReader(one.body())).readObject().getString("nature"));
    }

    @Test
    void anUnknownCardIsNotFound() throws Exception {
        assertEquals(404, Http.get("/api/catalog/cards/987654321").statusCode());
    }

    /** The ids of the cards the public catalog lists (first page of 100: the demo catalog is smaller). */
    private static List<Long> catalogIds() throws Exception {
        String page = Http.get("/catalog/?page=1").body();
        Matcher ids = Pattern.compile("card\\.xhtml\\?id=(\\d+)").matcher(page);
        List<Long> found = new java.util.ArrayList<>();
        while (ids.find()) {
            found.add(Long.parseLong(ids.group(1)));
        }
        return found.stream().sorted().toList();
    }
}
