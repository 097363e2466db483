package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * Public pages keep no state for anonymous visitors; the session cookie and the security headers carry the flags
 * the platform promises.
 */
class StatelessPagesIT extends PortalIT {

    private static final List<String> PUBLIC_PAGES = List.of(
            "/",
            "/index.xhtml",
            "/login.xhtml",
            "/no-such-page.xhtml",
            "/content/?kind=NEWS",
            "/content/?kind=TENDER&page=2",
            "/content/item.xhtml?id=1",
            "/content/calendar.xhtml",
            "/outages.xhtml",
            "/offices.xhtml",
            "/statistics/",
            "/statistics/series.xhtml?code=dam-levels",
            "/statistics/csv/rainfall.csv",
            "/newsletter/",
            "/jakarta.faces.resource/css/portal.css.xhtml?ln=portal");

    @ArquillianResource
    private ManagementClient management;

    @Test
    void twoHundredAnonymousPageViewsCreateNoSession() throws Exception {
        long before = sessionsCreated();
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> response = Http.get(PUBLIC_PAGES.get(i % PUBLIC_PAGES.size()));
            assertTrue(Http.sessionCookieHeader(response).isEmpty(), "no session cookie on " + response.uri());
            assertFalse(
                    response.body().toLowerCase(Locale.ROOT).contains("jsessionid"),
                    response.uri().toString());
        }
        assertEquals(before, sessionsCreated(), "sessions created by 200 anonymous views");

        // the counter does count: a sign-in makes exactly the session it needs
        Http.signIn("citizen", "demo1234");
        assertTrue(sessionsCreated() > before, "a signed-in user has a session");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNeverInAUrl() throws Exception {
        HttpResponse<String> signedIn = Http.signIn("citizen", "demo1234");
        String cookie = Http.sessionCookieHeader(signedIn).orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(Http.location(signedIn).toString().contains("jsessionid"));

        String session = "JSESSIONID=" + Http.sessionId(signedIn).orElseThrow();
        HttpResponse<String> desk = Http.get("/my/", session);
        assertEquals(200, desk.statusCode());
        assertFalse(desk.body().toLowerCase(Locale.ROOT).contains("jsessionid"), "no session id in any link");
    }

    @Test
    void overHttpsTheSessionCookieIsAlsoSecure() throws Exception {
        int port = 8443 + Integer.getInteger("portal.test.port.offset", 0);
        HttpClient https = HttpClient.newBuilder()
                .sslContext(trustingTheServersOwnCertificate())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> response = https.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/my/"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode());
        HttpResponse<String> home = https.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(
                "max-age=31536000",
                home.headers().firstValue("Strict-Transport-Security").orElse(""),
                "over HTTPS the browser is told to stay on HTTPS");
        assertTrue(
                Http.get("/").headers().firstValue("Strict-Transport-Security").isEmpty(), "not over plain HTTP");
        String cookie = Http.sessionCookieHeader(response).orElseThrow();
        List<String> flags = List.of(cookie.toLowerCase(Locale.ROOT).split(";\\s*"));
        assertTrue(flags.contains("secure") && flags.contains("httponly") && flags.contains("samesite=lax"), cookie);
        String plain = Http.sessionCookieHeader(Http.get("/my/")).orElseThrow();
        assertFalse(
                List.of(plain.toLowerCase(Locale.ROOT).split(";\\s*")).contains("secure"),
                "over plain HTTP the cookie cannot be Secure: " + plain);
    }

    /** The test server's HTTPS listener uses a certificate WildFly made for itself; the test trusts it. */
    private static SSLContext trustingTheServersOwnCertificate() throws Exception {
        TrustManager[] trustAll = {
            new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustAll, new SecureRandom());
        return context;
    }

    @Test
    void aSessionIdInTheUrlIsNotHonoured() throws Exception {
        HttpResponse<String> signedIn = Http.signIn("citizen", "demo1234");
        String id = Http.sessionId(signedIn).orElseThrow();
        HttpResponse<String> viaUrl = Http.get("/my/;jsessionid=" + id);
        assertNotEquals(200, viaUrl.statusCode());
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        HttpResponse<String> protectedPage = Http.get("/my/");
        assertEquals(302, protectedPage.statusCode());
        String before = Http.sessionId(protectedPage).orElseThrow();

        HttpResponse<String> signedIn = Http.signIn("citizen", "demo1234", "JSESSIONID=" + before);
        String after = Http.sessionId(signedIn).orElseThrow();
        assertNotEquals(before, after);

        assertEquals(200, Http.get("/my/", "JSESSIONID=" + after).statusCode());
        assertEquals(302, Http.get("/my/", "JSESSIONID=" + before).statusCode(), "the old id is worth nothing");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : PUBLIC_PAGES) {
            HttpResponse<String> response = Http.get(path);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + ": one policy, not two to intersect: " + policies);
            String csp = policies.get(0);
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertFalse(csp.matches("(?s).*script-src[^;]*unsafe.*"), path + ": no unsafe script source: " + csp);
            assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(""),
                    path);
            assertEquals(
                    "strict-origin-when-cross-origin",
                    response.headers().firstValue("Referrer-Policy").orElse(""),
                    path);
        }
    }

    /** Issue 9, defect 9: PrimeFaces' CSP mode, a nonce per response and no inline script without it. */
    @Test
    void aPageRunsOnlyTheScriptsThatCarryItsOwnNonce() throws Exception {
        HttpResponse<String> first = Http.get("/login.xhtml");
        HttpResponse<String> second = Http.get("/login.xhtml");
        String nonce = nonce(first);
        assertNotEquals(nonce, nonce(second), "a nonce per response");
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(first.body());
        int count = 0;
        while (scripts.find()) {
            assertTrue(
                    scripts.group(1).contains("nonce=\"" + nonce + "\""),
                    "every script has the nonce: " + scripts.group());
            count++;
        }
        assertTrue(count > 0, "the page has scripts");
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(first.body()).find(), "no inline event handler");
        String download = Http.get("/api/catalog/cards")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElse("");
        assertTrue(
                download.endsWith("script-src 'self'"), "the API gets the same policy, without a nonce: " + download);
    }

    private static String nonce(HttpResponse<String> page) {
        Matcher m = Pattern.compile("script-src 'self' 'nonce-([^']+)'")
                .matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(m.find(), page.headers().toString());
        return m.group(1);
    }

    /**
     * Issue 9, defect 9: behind a balancer (the listener on port 8081, proxy-address-forwarding) the throttle counts
     * the client the balancer names; on the listener people reach directly a forged X-Forwarded-For changes nothing.
     */
    @Test
    void theThrottleCountsTheClientTheBalancerNamesAndIgnoresAForgedOne() throws Exception {
        int offset = Integer.getInteger("portal.test.port.offset", 0);
        URI behindBalancer = URI.create("http://localhost:" + (8081 + offset) + TRACKING);
        URI direct = URI.create("http://localhost:" + (8080 + offset) + TRACKING);
        for (int lookup = 1; lookup <= 10; lookup++) {
            assertFalse(refused(behindBalancer, "203.0.113.50"), "lookup " + lookup + " of 203.0.113.50");
        }
        assertTrue(refused(behindBalancer, "203.0.113.50"), "the eleventh lookup of that client is refused");
        assertFalse(refused(behindBalancer, "203.0.113.51"), "another client behind the balancer is not");
        assertFalse(refused(direct, "203.0.113.50"), "directly, a forged X-Forwarded-For is not taken for the client");
    }

    private static final String TRACKING = "/track/?code=1234567890123&nationalId=0499370899";

    private static boolean refused(URI uri, String forwardedFor) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header("X-Forwarded-For", forwardedFor)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body().contains("دوباره امتحان کنید");
    }

    private long sessionsCreated() throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-attribute");
        op.get("name").set("sessions-created");
        ModelNode address = op.get("address");
        address.add("deployment", "portal.ear");
        address.add("subdeployment", "portal-web.war");
        address.add("subsystem", "undertow");
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        return result.get("result").asLong();
    }
}
