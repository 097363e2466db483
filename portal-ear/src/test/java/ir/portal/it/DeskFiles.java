package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Cookie;

/**
 * The files of the desk's browser tests: one written to disk for the browser to upload, and the portal's files
 * fetched with the session of the test's browser ({@link BrowserIT#browser}), as a click on a download link would.
 */
final class DeskFiles {

    private DeskFiles() {}

    /** A file on disk for the browser to upload. */
    static Path file(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "uploads"));
        return Files.write(dir.resolve(name), content).toAbsolutePath();
    }

    static byte[] download(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** A GET with the browser's session, as a click on a download link would make it. */
    static HttpResponse<byte[]> get(String pathOrUrl) throws Exception {
        Cookie session = BrowserIT.browser.driver().manage().getCookieNamed("JSESSIONID");
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : PortalDeployment.url(pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
