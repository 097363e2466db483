package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The server's readiness and liveness endpoints report the portal's database. */
class HealthIT extends PortalIT {

    @Test
    void readinessReportsTheDatabaseUp() throws Exception {
        assertDatabaseCheckUp("/health/ready");
    }

    @Test
    void livenessReportsTheDatabaseUp() throws Exception {
        assertDatabaseCheckUp("/health/live");
    }

    private static void assertDatabaseCheckUp(String path) throws Exception {
        URI uri = URI.create("http://localhost:" + Integer.getInteger("portal.test.management.port", 9990) + path);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("portal-database"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no database check in " + response.body()));
        assertEquals("UP", database.getString("status"));
        String product = database.getJsonObject("data").getString("database");
        assertTrue(product.equals("H2") || product.equals("PostgreSQL"), product);
    }
}
