package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Errors end on a friendly page in the reader's language, never on a stack trace. */
class ErrorPagesIT extends PortalIT {

    @Test
    void aMissingPageShowsTheFriendlyNotFoundPageInPersianAndEnglish() throws Exception {
        HttpResponse<String> fa = Http.get("/no-such-page.xhtml");
        assertEquals(404, fa.statusCode());
        assertTrue(fa.body().contains("id=\"error-404\""));
        assertTrue(fa.body().contains("صفحه پیدا نشد"));
        assertTrue(fa.body().contains("dir=\"rtl\""));

        HttpResponse<String> en = Http.get("/no-such-folder/page", "portal_lang=en");
        assertEquals(404, en.statusCode());
        assertTrue(en.body().contains("Page not found"), en.body());
        assertTrue(en.body().contains("dir=\"ltr\""));
    }

    @Test
    void anErrorWhileRenderingShowsTheFriendlyErrorPageWithoutAStackTrace() throws Exception {
        HttpResponse<String> response = Http.get(PortalDeployment.FAILING_PAGE);
        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("id=\"error-500\""), response.body());
        assertTrue(response.body().contains("خطایی پیش آمد"));
        assertNoStackTrace(response.body());
    }

    @Test
    void anExpiredViewShowsTheExpiredPage() throws Exception {
        String session = "JSESSIONID="
                + Http.sessionId(Http.signIn("operator", "demo1234")).orElseThrow();
        HttpResponse<String> jobs = Http.get("/admin/jobs.xhtml", session);
        assertEquals(200, jobs.statusCode());
        String oldViewState = Http.viewState(jobs.body());
        // the server keeps a limited number of views per session: open enough others to push this one out
        for (int i = 0; i < 30; i++) {
            Http.get("/admin/jobs.xhtml", session);
        }
        Map<String, String> form = new HashMap<>();
        form.put("jobs", "jobs");
        form.put("jobs:refresh", "");
        form.put("jakarta.faces.ViewState", oldViewState);
        HttpResponse<String> expired = Http.post("/admin/jobs.xhtml", form, session);
        assertTrue(expired.body().contains("id=\"error-expired\""), expired.body());
        assertNoStackTrace(expired.body());
    }

    @Test
    void aScreenWhoseServiceRefusesTheCallerAnswersForbiddenNotAnError() throws Exception {
        // an editor may open the console, but the workflows are the portal expert's: the service says no
        String session = "JSESSIONID="
                + Http.sessionId(Http.signIn("editor", "demo1234")).orElseThrow();
        HttpResponse<String> workflows = Http.get("/admin/desk/workflows.xhtml", session);
        assertEquals(403, workflows.statusCode());
        assertTrue(workflows.body().contains("id=\"error-403\""), workflows.body());
        assertNoStackTrace(workflows.body());
    }

    /** A postback without the nonce of the page it came from (a script, not a browser) is refused, not a 500. */
    @Test
    void aPostbackWithoutItsPagesNonceIsRefusedNotAnError() throws Exception {
        HttpResponse<String> refused = Http.signIn("citizen", "not-the-password");
        assertEquals(403, refused.statusCode(), refused.body());
        assertNoStackTrace(refused.body());
    }

    @Test
    void staffWhoDoNotWorkRequestsAreRefusedARequestPageNotShownAnError() throws Exception {
        for (String username : new String[] {"editor", "operator", "admin"}) {
            String session = "JSESSIONID="
                    + Http.sessionId(Http.signIn(username, "demo1234")).orElseThrow();
            HttpResponse<String> page = Http.get("/admin/desk/request.xhtml?id=1", session);
            assertEquals(403, page.statusCode(), username);
            assertTrue(page.body().contains("id=\"error-403\""), username + ": " + page.body());
            assertNoStackTrace(page.body());
        }
    }

    @Test
    void aRequestThatDoesNotExistAnswersNotFound() throws Exception {
        String session = "JSESSIONID="
                + Http.sessionId(Http.signIn("officer", "demo1234")).orElseThrow();
        HttpResponse<String> page = Http.get("/admin/desk/request.xhtml?id=987654321", session);
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("id=\"error-404\""), page.body());
        HttpResponse<String> file = Http.get("/desk/document?id=987654321", session);
        assertEquals(404, file.statusCode());
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(body.contains("Caused by"), body);
        assertFalse(body.contains("PropertyNotFound"), "no exception on the page: " + body);
        assertFalse(
                body.matches("(?s).*\\bat [a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w*\\.\\w+\\(.*"),
                "no stack frames on the page: " + body);
    }
}
