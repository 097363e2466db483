package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every demo role signs in through the browser and lands in its own area; the areas keep others out. */
class SignInIT extends BrowserIT {

    private static final String PASSWORD = "demo1234";

    /** user name, the name shown, where the role lands, the element that marks that area */
    private record Landing(String username, String name, String path, String marker) {}

    private static final List<Landing> LANDINGS = List.of(
            new Landing("citizen", "مریم احمدی", "/my/", "#area-my"),
            new Landing("editor", "علی رضایی", "/admin/", "#area-admin"),
            new Landing("manager", "زهرا کریمی", "/admin/", "#area-admin"),
            new Landing("expert", "حسین موسوی", "/admin/", "#area-admin"),
            new Landing("officer", "فاطمه حسینی", "/admin/", "#area-admin"),
            new Landing("clerk", "رضا محمدی", "/admin/", "#area-admin"),
            new Landing("committee", "محمد جعفری", "/committee/", "#area-committee"),
            new Landing("operator", "سارا نوری", "/admin/jobs.xhtml", "#jobs\\:table"),
            new Landing("admin", "مدیر سامانه", "/admin/", "#area-admin"));

    @AfterEach
    void signOut() {
        browser.signOut();
        // U+012F written as one byte would be "/" and the Location "//evil.example": the one local-path rule
        browser.open("/login.xhtml?continue=" + URLEncoder.encode("/\u012Fevil.example", StandardCharsets.UTF_8));
        browser.find("#login\\:username").sendKeys("citizen");
        browser.find("#login\\:password").sendKeys(PASSWORD);
        browser.clickToLoad("#login\\:submit");
        assertTrue(browser.driver()
                .getCurrentUrl()
                .startsWith(PortalDeployment.url("/").toString()));
        assertEquals(
                "/%C4%AFevil.example",
                URI.create(browser.driver().getCurrentUrl()).getRawPath(),
                "a path of this portal (which has no such page)");
        browser.signOut();
    }

    @Test
    void eachDemoRoleLandsInItsArea() {
        for (Landing landing : LANDINGS) {
            browser.signIn(landing.username(), PASSWORD);
            assertEquals(landing.path(), browser.path(), landing.username());
            assertTrue(browser.has(landing.marker()), landing.username() + " sees " + landing.marker());
            assertTrue(browser.find("#signed-in-as").getText().contains(landing.name()), landing.username());
            browser.screenshot("landing-" + landing.username());
            browser.signOut();
        }
    }

    @Test
    void signInGoesOnToAPageOfThisSiteButNeverToAnotherHost() {
        for (String elsewhere : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example/"}) {
            browser.signOut();
            browser.open("/login.xhtml?continue=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8));
            browser.find("#login\\:username").sendKeys("citizen");
            browser.find("#login\\:password").sendKeys(PASSWORD);
            browser.clickToLoad("#login\\:submit");
            assertEquals("/my/", browser.path(), elsewhere);
            assertTrue(browser.driver()
                    .getCurrentUrl()
                    .startsWith(PortalDeployment.url("/").toString()));
        }
        browser.signOut();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageInPersian() {
        browser.signIn("citizen", "not-the-password");
        assertEquals("/login.xhtml", browser.path());
        assertEquals(
                "نام کاربری یا گذرواژه درست نیست.",
                browser.find(".message-error").getText());
        assertFalse(browser.has("#signed-in-as"));
    }

    @Test
    void anEmptyFormNamesEachMissingFieldInTheReadersLanguage() {
        browser.open("/login.xhtml");
        browser.find("#login\\:submit").click();
        // pt:field's message has its class only when it holds a message, so this waits for the answer
        assertEquals(
                "کد ملی یا نام کاربری: این مورد را پر کنید.",
                browser.find("#login\\:problem-username.field-error").getText());
        assertEquals(
                "گذرواژه: این مورد را پر کنید.",
                browser.find("#login\\:problem-password.field-error").getText());
        browser.screenshot("login-empty-fa");
    }

    @Test
    void aCitizenIsForbiddenTheStaffConsole() throws Exception {
        browser.signIn("citizen", PASSWORD);
        browser.open("/admin/");
        assertTrue(browser.has("#error-403"), "the friendly 403 page");
        assertFalse(browser.has("#area-admin"));
        browser.screenshot("citizen-admin-403");
        browser.open("/committee/");
        assertTrue(browser.has("#error-403"));
    }

    @Test
    void aStaffMemberIsForbiddenTheCitizensDesk() {
        browser.signIn("officer", PASSWORD);
        browser.open("/my/");
        assertTrue(browser.has("#error-403"));
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        HttpURLConnection connection =
                (HttpURLConnection) PortalDeployment.url("/admin/").toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        assertEquals(302, connection.getResponseCode());
        assertTrue(
                connection.getHeaderField("Location").endsWith("/login.xhtml"), connection.getHeaderField("Location"));
    }
}
