package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The outbox in the console: every mail with recipient, subject, status and attempts, in Persian and in English. */
class OutboxPageIT extends BrowserIT {

    private static final List<String> COLUMNS_FA = List.of(
            "گیرنده", "موضوع", "وضعیت", "تعداد تلاش", "زمان ثبت", "آخرین تلاش", "زمان ارسال", "آخرین خطا", "اقدام");

    private static final List<String> COLUMNS_EN = List.of(
            "Recipient",
            "Subject",
            "Status",
            "Attempts",
            "Queued at",
            "Last attempt",
            "Sent at",
            "Last error",
            "Action");

    private static final Set<String> STATUSES_FA = Set.of("در انتظار ارسال", "در حال ارسال", "ارسال‌شده", "ناموفق");

    /** Each test starts signed out and in Persian, whatever the one before left behind. */
    @BeforeEach
    void signedOut() {
        browser.open("/");
        browser.signOut();
    }

    @Test
    void theAdministratorOpensTheOutboxFromTheMenuAndReadsItInPersianThenInEnglish() {
        browser.signIn("admin", "demo1234");
        browser.open("/admin/");
        browser.clickToLoad("#menu-outbox");
        assertEquals("/admin/outbox.xhtml", browser.path());
        assertEquals("نامه‌های خروجی", browser.find("#content h1").getText());
        assertEquals(COLUMNS_FA, headers());
        assertEquals(
                List.of("همه‌ی وضعیت‌ها", "در انتظار ارسال", "در حال ارسال", "ارسال‌شده", "ناموفق"),
                statusOptions(),
                "the status filter, translated");
        for (String status : statusCells()) {
            assertTrue(STATUSES_FA.contains(status), "a status in Persian: " + status);
        }
        browser.screenshot("admin-outbox-fa");

        browser.clickToLoad("#lang-switch");
        assertEquals("en", browser.attribute("html", "lang"));
        assertEquals("/admin/outbox.xhtml", browser.path(), "the switch returns to the outbox");
        assertEquals("Outbox", browser.find("#content h1").getText());
        assertEquals(COLUMNS_EN, headers());
        assertEquals(
                List.of("All statuses", "Waiting to be sent", "Being sent", "Sent", "Failed"),
                statusOptions(),
                "the status filter, in English");

        browser.find("#outbox\\:recipient").sendKeys("nobody-writes-to-this-address@example.org");
        browser.find("#outbox\\:filter").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#outbox\\:table .ui-datatable-empty-message")).stream()
                        .anyMatch(e -> e.getText().strip().equals("No mail found.")));
        browser.screenshot("admin-outbox-en");

        // back to Persian: the switch also keeps the language on the admin's account, which other tests read
        browser.clickToLoad("#lang-switch");
        assertEquals("fa", browser.attribute("html", "lang"));
    }

    @Test
    void anEditorHasNoOutboxInTheMenu() {
        browser.signIn("editor", "demo1234");
        browser.open("/admin/");
        assertTrue(browser.has("#menu-catalog"), "the editor's own menu is there");
        assertFalse(browser.has("#menu-outbox"), "but not the outbox");
    }

    /** The column titles of the table, read again if an ajax update replaces the table while reading. */
    private static List<String> headers() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#outbox\\:table thead th")).stream()
                        .map(WebElement::getText)
                        .map(String::strip)
                        .toList());
    }

    private static List<String> statusOptions() {
        return new Select(browser.find("#outbox\\:status"))
                .getOptions().stream()
                        .map(WebElement::getText)
                        .map(String::strip)
                        .toList();
    }

    private static List<String> statusCells() {
        return browser.driver().findElements(By.cssSelector("#outbox\\:table_data .status")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }
}
