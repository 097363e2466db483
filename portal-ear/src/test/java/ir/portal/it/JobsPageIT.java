package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** IT starts a batch job in /admin/jobs and sees the run with its status, times and step figures. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobsPageIT {

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

    @Test
    void anOperatorStartsAJobAndSeesItsRunCompleted() {
        browser.signIn("operator", "demo1234");
        assertEquals("/admin/jobs.xhtml", browser.path());
        browser.find("#jobs\\:start").click();
        browser.find("#messages .ui-messages-info");

        String row = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .pollingEvery(Duration.ofSeconds(1))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.id("jobs:refresh")).click();
                    return d.findElements(By.cssSelector("#jobs\\:table tbody tr")).stream()
                            .filter(r -> !r.findElements(By.cssSelector(".status-COMPLETED")).isEmpty())
                            .map(WebElement::getText).findFirst().orElse(null);
                });
        assertTrue(row.contains("انجام شد"), "status completed, in Persian: " + row);
        assertTrue(row.contains("پاک‌سازی نامه‌های ارسال‌شده‌ی قدیمی"), row);
        assertTrue(row.contains("purge"), "the step and its figures: " + row);
        assertTrue(row.matches("(?s).*[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}.*"), "Jalali start and end: " + row);
        browser.screenshot("admin-jobs-fa");
    }
}
