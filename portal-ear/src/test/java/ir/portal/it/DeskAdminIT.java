package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The desk's settings in the console: the portal expert edits a workflow, the admin keeps the holidays. */
class DeskAdminIT extends BrowserIT {

    @Test
    void thePortalExpertSavesAWorkflowEditAsANewRevision() {
        browser.signIn("expert", "demo1234");
        browser.clickToLoad("#menu-workflows");
        List<String> services = browser.driver().findElements(By.cssSelector(".workflow-link")).stream()
                .map(WebElement::getText).toList();
        assertTrue(services.contains("اصلاح سرویس انشعاب") && services.contains("درخواست انشعاب جدید برق"),
                services.toString());
        browser.screenshot("desk-workflows-fa");
        browser.driver().findElements(By.cssSelector(".workflow-link")).stream()
                .filter(a -> a.getText().equals("درخواست انشعاب جدید برق")).findFirst().orElseThrow().click();
        WebElement days = browser.find("#workflow\\:stages tbody tr:first-child td:nth-child(4) input");
        days.clear();
        days.sendKeys("۷");
        browser.find("#workflow\\:save").click();
        browser.find("#workflow\\:confirmYes").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("messages")).getText().contains("نسخه"));
        assertTrue(browser.find("#messages").getText().matches("(?s).*به عنوان نسخه‌ی [۰-۹]+ ذخیره شد.*"),
                browser.find("#messages").getText());
        assertEquals("7", browser.find("#workflow\\:stages tbody tr:first-child td:nth-child(4) input")
                .getDomProperty("value"));
        browser.screenshotWhole("desk-workflow-edit-fa");
        browser.signOut();
    }

    @Test
    void theAdminAddsAHoliday() {
        browser.signIn("admin", "demo1234");
        browser.clickToLoad("#menu-holidays");
        browser.find("#holiday\\:day").sendKeys("۱۴۰۵/۱۲/۲۹");
        browser.find("#holiday\\:nameFa").sendKeys("روز ملی شدن صنعت نفت");
        browser.find("#holiday\\:nameEn").sendKeys("Oil Nationalization Day");
        browser.find("#holiday\\:add").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("holiday:table")).getText().contains("روز ملی شدن صنعت نفت"));
        assertTrue(browser.find("#holiday\\:table").getText().contains("۲۹ اسفند ۱۴۰۵"),
                browser.find("#holiday\\:table").getText());
        browser.screenshot("desk-holidays-fa");
        browser.signOut();
    }
}
