package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.desk.DeskSamples;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The desk's settings in the console: the portal expert edits a workflow, the admin keeps the holidays. */
class DeskAdminIT extends BrowserIT {

    /** Each test starts signed out, whatever the one before left behind. */
    @BeforeEach
    void signedOut() {
        browser.open("/");
        browser.signOut();
    }

    @Test
    void thePortalExpertSavesAWorkflowEditAsANewRevision() {
        browser.signIn("expert", "demo1234");
        browser.clickToLoad("#menu-workflows");
        List<String> services = browser.driver().findElements(By.cssSelector(".workflow-link")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(
                services.contains("اصلاح سرویس انشعاب") && services.contains("درخواست انشعاب جدید برق"),
                services.toString());
        browser.screenshot("desk-workflows-fa");
        browser.driver().findElements(By.cssSelector(".workflow-link")).stream()
                .filter(a -> a.getText().equals("درخواست انشعاب جدید برق"))
                .findFirst()
                .orElseThrow()
                .click();
        WebElement days = browser.find("#workflow\\:stages tbody tr:first-child td:nth-child(4) input");
        days.clear();
        days.sendKeys("۷");
        browser.find("#workflow\\:save").click();
        browser.find("#workflow\\:confirmYes").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("نسخه"));
        assertTrue(
                browser.find("#messages").getText().matches("(?s).*به عنوان نسخه‌ی [۰-۹]+ ذخیره شد.*"),
                browser.find("#messages").getText());
        assertEquals(
                "7",
                browser.find("#workflow\\:stages tbody tr:first-child td:nth-child(4) input")
                        .getDomProperty("value"));
        browser.screenshotWhole("desk-workflow-edit-fa");
        browser.signOut();
    }

    @Test
    void aCounterClerkSubmitsForACitizen() throws Exception {
        browser.signIn("clerk", "demo1234");
        browser.open("/catalog/?q=" + URLEncoder.encode("اصلاح سرویس انشعاب", StandardCharsets.UTF_8));
        browser.clickToLoad(".service-link");
        browser.clickToLoad("#start-for-citizen");
        browser.find("#request\\:nationalId").sendKeys(DeskSamples.OTHER_NATIONAL_ID);
        browser.find("#request\\:name").sendKeys("حسن کریمی");
        browser.find("#request\\:mobile").sendKeys("09351234567");
        browser.find(".field-bill").sendKeys("1234567814127");
        browser.find(".field-problem").sendKeys("تعویض تخته‌ی کنتور");
        browser.find(".document-identity")
                .sendKeys(DeskIT.file("id-card.png", DeskSamples.png()).toString());
        browser.clickToLoad("#request\\:submit");
        assertEquals(
                "/desk/receipt.xhtml",
                browser.path(),
                () -> browser.find("#content").getText());
        assertTrue(browser.find("#receipt").getText().contains("حسن کریمی"));
        browser.clickToLoad("#open-request");
        assertEquals("/admin/desk/request.xhtml", browser.path(), "the clerk goes on in the console");
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
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("holiday:table")).getText().contains("روز ملی شدن صنعت نفت"));
        assertTrue(
                browser.find("#holiday\\:table").getText().contains("۲۹ اسفند ۱۴۰۵"),
                browser.find("#holiday\\:table").getText());
        browser.screenshot("desk-holidays-fa");
        browser.signOut();
    }
}
