package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * A test of the whole portal through one browser, opened for the test class. After each test, the browser's
 * console has reported no script refused by the Content-Security-Policy, and axe-core has found nothing serious
 * or critical, on any page the test opened. Tagged {@code browser}: the PostgreSQL leg leaves these to the H2 leg
 * (the screens are the same on either database; the services under them run on both).
 */
@Tag("browser")
abstract class BrowserIT extends PortalIT {

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void noScriptWasRefused() {
        assertEquals(List.of(), browser.securityPolicyViolations(), "scripts refused by the page's policy");
    }

    /** Issue 9, defect 10: axe-core on every page the test opened, in the language it was shown in. */
    @AfterEach
    void noSeriousAccessibilityProblem() {
        assertEquals(List.of(), browser.accessibilityProblems(), "serious or critical axe-core findings");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }
}
