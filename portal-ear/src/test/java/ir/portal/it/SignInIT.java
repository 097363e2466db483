package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every demo role signs in through the browser and lands in its own area; the areas keep others out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    private static final String PASSWORD = "demo1234";

    /** user name, where the role lands, the element that marks that area */
    private record Landing(String username, String path, String marker) {
    }

    private static final List<Landing> LANDINGS = List.of(
            new Landing("citizen", "/my/", "#area-my"),
            new Landing("editor", "/admin/", "#area-admin"),
            new Landing("manager", "/admin/", "#area-admin"),
            new Landing("expert", "/admin/", "#area-admin"),
            new Landing("officer", "/admin/", "#area-admin"),
            new Landing("clerk", "/admin/", "#area-admin"),
            new Landing("committee", "/committee/", "#area-committee"),
            new Landing("operator", "/admin/jobs.xhtml", "#jobs\\:table"),
            new Landing("admin", "/admin/", "#area-admin"));

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @AfterEach
    void signOut() {
        browser.signOut();
    }

    @Test
    void eachDemoRoleLandsInItsArea() {
        for (Landing landing : LANDINGS) {
            browser.signIn(landing.username(), PASSWORD);
            assertEquals(landing.path(), browser.path(), landing.username());
            assertTrue(browser.has(landing.marker()), landing.username() + " sees " + landing.marker());
            assertTrue(browser.find("#signed-in-as").getText().contains(landing.username()), landing.username());
            browser.screenshot("landing-" + landing.username());
            browser.signOut();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageInPersian() {
        browser.signIn("citizen", "not-the-password");
        assertEquals("/login.xhtml", browser.path());
        assertEquals("نام کاربری یا گذرواژه درست نیست.", browser.find(".ui-messages-error-summary").getText());
        assertFalse(browser.has("#signed-in-as"));
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
        HttpURLConnection connection = (HttpURLConnection) PortalDeployment.url("/admin/").toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        assertEquals(302, connection.getResponseCode());
        assertTrue(connection.getHeaderField("Location").endsWith("/login.xhtml"),
                connection.getHeaderField("Location"));
    }
}
