package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** IT starts a batch job in /admin/jobs and sees the run with its status, times and step figures. */
class JobsPageIT extends BrowserIT {

    @Test
    void anOperatorStartsAJobAndSeesItsRunCompleted() {
        browser.signIn("operator", "demo1234");
        assertEquals("/admin/jobs.xhtml", browser.path());
        browser.find("#jobs\\:start").click();
        String started = browser.find("#messages .message-info").getText();
        assertTrue(
                started.matches("(?s).*[۰-۹]+.*") && !started.matches("(?s).*[0-9].*"),
                "the run's number in Persian digits: " + started);

        String row = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .pollingEvery(Duration.ofSeconds(1))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.id("jobs:refresh")).click();
                    return d.findElements(By.cssSelector("#jobs\\:table tbody tr")).stream()
                            .filter(r -> !r.findElements(By.cssSelector(".status-COMPLETED"))
                                    .isEmpty())
                            .map(WebElement::getText)
                            .findFirst()
                            .orElse(null);
                });
        assertTrue(row.contains("انجام شد"), "status completed, in Persian: " + row);
        assertTrue(row.contains("پاک‌سازی نامه‌های ارسال‌شده‌ی قدیمی"), row);
        assertTrue(row.contains("purge"), "the step and its figures: " + row);
        assertTrue(row.matches("(?s).*[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}.*"), "Jalali start and end: " + row);
        browser.screenshot("admin-jobs-fa");
    }
}
