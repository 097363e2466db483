package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal as a cluster: two nodes of the HA profile ({@code standalone-ha.xml}) on one host and one PostgreSQL
 * database, each with the EAR deployed (the "cluster" group of arquillian.xml; run by the PostgreSQL leg only).
 * They are started as a production server is, without demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** The two nodes' port offsets (arquillian.xml): HTTP at 8080 + offset, management at 9990 + offset. */
    private static final int NODE_A = 200;

    private static final int NODE_B = 300;

    /** The tracking page's default limit per client: 10 lookups in 10 minutes ({@code portal.desk.tracking.*}). */
    private static final int TRACKING_LIMIT = 10;

    @Deployment(name = "node-a", testable = false)
    @TargetsContainer("node-a")
    static EnterpriseArchive onNodeA() {
        return PortalDeployment.ear();
    }

    @Deployment(name = "node-b", testable = false)
    @TargetsContainer("node-b")
    static EnterpriseArchive onNodeB() {
        return PortalDeployment.ear();
    }

    @Deployment(name = "probe", testable = false, order = 3)
    @TargetsContainer("node-a")
    static WebArchive cacheProbeOnNodeA() {
        return ShrinkWrap.create(WebArchive.class, "cache-probe.war")
                .addClass(CacheProbe.class)
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.infinispan\n"));
    }

    /** Issue 11: each node keeps the public pages it rendered; letting go of them on one lets go on both. */
    @Test
    void aChangeOnOneNodeLetsGoOfThePagesKeptOnBoth() throws Exception {
        for (int node : new int[] {NODE_A, NODE_B}) {
            get(node, "/", "");
            assertEquals("kept", kept(get(node, "/", "")), "node " + node + " keeps the home page");
        }
        assertEquals(200, get(NODE_A, "/cache-probe/clear", "").statusCode());
        assertEquals("rendered", kept(get(NODE_B, "/", "")), "the other node let go of its own");
        assertEquals("rendered", kept(get(NODE_A, "/", "")));
        assertEquals("kept", kept(get(NODE_B, "/", "")), "and keeps it again");
    }

    private static String kept(HttpResponse<?> response) {
        return response.headers().firstValue("X-Portal-Page").orElse("none");
    }

    @Test
    void theTwoNodesFormOneClusterOverLoopback() throws Exception {
        for (int node : new int[] {NODE_A, NODE_B}) {
            String view = channelView(node);
            assertTrue(view.contains("(2)") && view.contains("node-a") && view.contains("node-b"), view);
        }
    }

    @Test
    void theTrackingThrottleCountsTheLookupsMadeOnEitherNode() throws Exception {
        for (int attempt = 1; attempt <= TRACKING_LIMIT; attempt++) {
            String page = track(attempt % 2 == 0 ? NODE_A : NODE_B);
            assertTrue(page.contains("درخواستی با این کد رهگیری و کد ملی یافت نشد"), "lookup " + attempt + " answered");
            assertFalse(page.contains("دوباره امتحان کنید"), "lookup " + attempt + " not throttled");
        }
        for (int node : new int[] {NODE_A, NODE_B}) {
            String page = track(node);
            assertTrue(page.contains("دوباره امتحان کنید"), "the eleventh lookup is refused on every node");
            assertFalse(page.contains("درخواستی با این کد رهگیری و کد ملی یافت نشد"));
        }
    }

    /** The nodes are production servers as the README makes them, on an empty database: no demo account. */
    @Test
    void noDemoAccountSignsInOnAProductionServer() throws Exception {
        for (String username : new String[] {"admin", "citizen", "expert"}) {
            HttpResponse<String> login = get(NODE_A, "/login.xhtml", "");
            String form = "login=login&login%3Ausername=" + username + "&login%3Apassword=demo1234&login%3Asubmit="
                    + "&jakarta.faces.ViewState="
                    + URLEncoder.encode(Http.viewState(login.body()), StandardCharsets.UTF_8)
                    + "&primefaces.nonce=" + URLEncoder.encode(nonce(login.body()), StandardCharsets.UTF_8);
            HttpRequest.Builder post = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + (8080 + NODE_A) + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", "http://localhost:8080")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            Http.sessionCookieHeader(login).ifPresent(c -> post.header("Cookie", c.split(";")[0]));
            HttpResponse<String> answer = CLIENT.send(post.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), username + " is not let in (no redirect to a landing page)");
            assertTrue(answer.body().contains("id=\"login\""), "the sign-in form again for " + username);
            String session = Http.sessionCookieHeader(answer)
                    .or(() -> Http.sessionCookieHeader(login))
                    .map(c -> c.split(";")[0])
                    .orElse("");
            assertEquals(302, get(NODE_A, "/admin/", session).statusCode(), "still signed out");
        }
    }

    /** The nonce PrimeFaces' script puts into the page's forms, as a browser would send it. */
    private static String nonce(String page) {
        Matcher m = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        assertTrue(m.find(), "the page starts PrimeFaces' CSP mode");
        return m.group(1);
    }

    private static HttpResponse<String> get(int node, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + (8080 + node) + path));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String track(int node) throws Exception {
        URI uri = URI.create("http://localhost:" + (8080 + node) + "/track/?code=1234567890123&nationalId=0499370899");
        HttpResponse<String> response =
                CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static String channelView(int node) throws Exception {
        try (ModelControllerClient client =
                ModelControllerClient.Factory.create("remote+http", "localhost", 9990 + node)) {
            ModelNode read = new ModelNode();
            read.get("operation").set("read-attribute");
            read.get("address").add("subsystem", "jgroups").add("channel", "ee");
            read.get("name").set("view");
            ModelNode answer = client.execute(read);
            assertEquals("success", answer.get("outcome").asString(), answer.toString());
            return answer.get("result").asString();
        }
    }
}
