package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new member of staff from the admin's dialog to their first day: the admin creates the account with a first
 * password; the first sign-in enrols an authenticator app (QR code and key), shows the recovery codes once, then
 * asks for a new password before anything else; the admin then gives the account another role.
 */
class StaffOnboardingIT extends BrowserIT {

    @Test
    void theAdminCreatesAStaffAccountWhoseFirstSignInEnrolsAnAppAndChangesThePassword() {
        String username = "staff" + Long.toString(System.nanoTime(), 36);
        browser.signIn("admin", "demo1234");
        browser.open("/admin/accounts.xhtml");
        browser.find("#accounts\\:new").click();
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.until(d -> d.findElement(By.id("newStaff:username")).isDisplayed());
        browser.find("#newStaff\\:username").sendKeys(username);
        browser.find("#newStaff\\:displayName").sendKeys("پروین اعتصامی");
        press(browser.driver().findElement(By.cssSelector("#newStaff\\:unit option[value='QOM-1']")));
        browser.driver().findElements(By.cssSelector("#newStaff\\:roles label")).stream()
                .filter(l -> l.getText().equals("کارشناس رسیدگی"))
                .findFirst()
                .ifPresentOrElse(StaffOnboardingIT::press, () -> {
                    throw new AssertionError("no case-officer box");
                });
        browser.find("#newStaff\\:password").sendKeys("password");
        press("#newStaff\\:create");
        wait.until(d -> browser.has("#newStaff\\:problem-password.field-error"));
        assertTrue(
                browser.find("#newStaff\\:problem-password").getText().contains("رایج"),
                "a common first password is refused: "
                        + browser.find("#newStaff\\:problem-password").getText());
        browser.find("#newStaff\\:password").clear();
        browser.find("#newStaff\\:password").sendKeys("Avval-Ramz-1403");
        press("#newStaff\\:create");
        wait.until(d -> browser.has(".message-info"));
        browser.screenshot("admin-staff-created-fa");
        browser.signOut();

        browser.open("/login.xhtml");
        browser.find("#login\\:username").sendKeys(username);
        browser.find("#login\\:password").sendKeys("Avval-Ramz-1403");
        browser.submitAndWait("#login\\:submit");
        assertEquals("/login-enrol.xhtml", browser.path(), "staff enrol an app at the first sign-in");
        assertTrue(browser.find("#qr").getDomAttribute("src").startsWith("data:image/png;base64,"));
        browser.screenshot("login-enrol-fa");
        String secret = browser.find("#secret").getText().replace(" ", "");
        browser.find("#enrol\\:code").sendKeys("000000".equals(DemoCodes.of(secret)) ? "111111" : "000000");
        browser.submitAndWait("#enrol\\:submit");
        assertEquals("/login-enrol.xhtml", browser.path(), "a wrong code keeps nothing");
        assertTrue(browser.has(".message-error"), "told the code is wrong");
        browser.find("#enrol\\:code").clear();
        browser.find("#enrol\\:code").sendKeys(DemoCodes.of(secret));
        browser.submitAndWait("#enrol\\:submit");
        assertEquals("/me/codes.xhtml", browser.path());
        assertEquals(
                10,
                browser.driver()
                        .findElements(By.cssSelector("#recovery-codes li"))
                        .size());
        browser.screenshot("recovery-codes-fa");
        browser.clickToLoad("#continue");
        assertEquals("/me/password.xhtml", browser.path(), "the admin's password is changed before anything else");
        assertTrue(browser.has("#due"));
        browser.open("/admin/");
        assertEquals("/me/password.xhtml", browser.path(), "still");
        browser.find("#password\\:current").sendKeys("Avval-Ramz-1403");
        browser.find("#password\\:new").sendKeys("Tazeh-Ramz-Kar-1403");
        browser.find("#password\\:repeat").sendKeys("Tazeh-Ramz-Kar-1403");
        browser.clickToLoad("#password\\:submit");
        assertTrue(browser.has(".message-info"), "changed");
        browser.open("/admin/");
        assertEquals("/admin/", browser.path(), "the console opens now");
        assertTrue(browser.has("#area-admin"));
        browser.signOut();
    }

    /** Clicks an element of the dialog after scrolling it into view, as a person scrolls a tall dialog. */
    private static void press(String css) {
        press(browser.find(css));
    }

    private static void press(WebElement element) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
