package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the public pages are rendered once and then served from memory to anonymous visitors, each response
 * with a nonce of its own; signed-in visitors and addresses that are not a page's are rendered for each request.
 */
class KeptPagesIT extends PortalIT {

    private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");

    private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    @Test
    void theSecondAnonymousViewIsServedFromMemoryWithANonceOfItsOwn() throws Exception {
        String address = "/content/?kind=NEWS&page=1";
        HttpResponse<String> first = Http.get(address);
        HttpResponse<String> second = Http.get(address);
        HttpResponse<String> third = Http.get(address);
        assertEquals(200, third.statusCode());
        assertEquals("kept", mark(third), "served from memory");
        assertEquals("kept", mark(second));
        String nonce = nonce(third);
        assertNotEquals(nonce(second), nonce, "every response has a nonce of its own");
        Matcher scripts = SCRIPT_NONCE.matcher(third.body());
        int count = 0;
        while (scripts.find()) {
            assertEquals(nonce, scripts.group(1), "each script carries the response's nonce");
            count++;
        }
        assertTrue(count > 0, "the page has scripts: " + third.body().length());
        assertEquals(first.body().replace(nonce(first), nonce), third.body(), "the same page but for the nonce");
        assertEquals(
                "nosniff", third.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", third.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(Http.sessionCookieHeader(third).isEmpty());
    }

    @Test
    void theKeptNewsletterFormPostsBackWithTheNonceItWasServedWith() throws Exception {
        Http.get("/newsletter/");
        HttpResponse<String> kept = Http.get("/newsletter/");
        assertEquals("kept", mark(kept));
        java.util.regex.Matcher nonce =
                java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(kept.body());
        assertTrue(nonce.find());
        // as PrimeFaces' script does: the page's nonce goes with the post
        HttpResponse<String> asked = Http.post(
                "/newsletter/index.xhtml",
                java.util.Map.of(
                        "subscribe",
                        "subscribe",
                        "subscribe:email",
                        "kept-" + java.util.UUID.randomUUID() + "@example.org",
                        "subscribe:submit",
                        "",
                        "jakarta.faces.ViewState",
                        Http.viewState(kept.body()),
                        "primefaces.nonce",
                        nonce.group(1)));
        assertEquals(200, asked.statusCode(), "not refused as a forged post");
        assertTrue(asked.body().contains("id=\"asked\""), "the form was taken");
    }

    @Test
    void theCatalogApiTheTrackingFormTheContactPageAndTheNewsletterFormAreKeptToo() throws Exception {
        for (String address : new String[] {"/api/catalog/cards", "/track/", "/contact.xhtml", "/newsletter/"}) {
            HttpResponse<String> first = Http.get(address);
            HttpResponse<String> kept = Http.get(address);
            assertEquals("kept", mark(kept), address);
            assertEquals(
                    first.headers().firstValue("Content-Type"), kept.headers().firstValue("Content-Type"));
        }
        assertTrue(Http.get("/api/catalog/cards").body().startsWith("["), "the API still answers JSON");
    }

    @Test
    void eachLanguageHasItsOwnPage() throws Exception {
        Http.get("/content/?kind=LAW");
        HttpResponse<String> english = Http.get("/content/?kind=LAW", "portal_lang=en");
        HttpResponse<String> persian = Http.get("/content/?kind=LAW");
        assertTrue(english.body().contains("lang=\"en\""), "English for the English reader");
        assertTrue(persian.body().contains("lang=\"fa\""));
        assertEquals("kept", mark(persian));
    }

    @Test
    void signedInVisitorsUnknownParametersSearchesAndMissingPagesAreRendered() throws Exception {
        HttpResponse<String> signedIn = Http.signIn("citizen", "demo1234");
        String session =
                Http.sessionCookieHeader(signedIn).map(c -> c.split(";")[0]).orElseThrow();
        Http.get("/");
        Http.get("/");
        HttpResponse<String> home = Http.get("/", session);
        assertNotEquals("kept", mark(home), "a signed-in visitor's page names them");
        assertTrue(home.body().contains("signed-in-as"), "and shows who is signed in");

        Http.get("/content/?kind=NEWS&utm=x");
        assertNotEquals("kept", mark(Http.get("/content/?kind=NEWS&utm=x")), "an address that is not a page's");
        Http.get("/catalog/?q=برق");
        assertNotEquals("kept", mark(Http.get("/catalog/?q=برق")), "a search");
        String lookup = "/track/?code=1234567890123&nationalId=0499370899";
        Http.get(lookup);
        assertNotEquals("kept", mark(Http.get(lookup)), "a citizen's tracking lookup is never kept");
        Http.get("/content/item.xhtml?id=999999999");
        HttpResponse<String> missing = Http.get("/content/item.xhtml?id=999999999");
        assertEquals(404, missing.statusCode());
        assertNotEquals("kept", mark(missing), "a page that is not found is not kept");
    }

    private static String mark(HttpResponse<?> response) {
        return response.headers().firstValue("X-Portal-Page").orElse("none");
    }

    private static String nonce(HttpResponse<?> response) {
        Matcher m = POLICY_NONCE.matcher(
                response.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(m.find(), "the policy has a nonce");
        return m.group(1);
    }
}
