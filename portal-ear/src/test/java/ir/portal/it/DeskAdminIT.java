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
import org.openqa.selenium.support.ui.Select;
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
                .sendKeys(DeskFiles.file("id-card.png", DeskSamples.png()).toString());
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

    @Test
    void theJalaliPickerPicksTheDayInPersianAndInEnglish() {
        browser.signIn("admin", "demo1234");
        browser.clickToLoad("#menu-holidays");
        pick("#holiday\\:day", 1405, 9, "۳۰");
        assertEquals("۱۴۰۵/۰۹/۳۰", browser.find("#holiday\\:day").getAttribute("value"), "Persian digits in Persian");
        browser.screenshot("date-picker-fa");
        addHoliday("یلدا (آزمون تقویم)", "Yalda (calendar test)");
        String row = holidayRow("یلدا (آزمون تقویم)");
        assertTrue(row.contains("۳۰ آذر ۱۴۰۵") && row.contains("۲۱ دسامبر ۲۰۲۶"), "the 21st of December 2026: " + row);
        removeHoliday("یلدا (آزمون تقویم)");

        browser.open("/lang/en?back=/admin/holidays.xhtml");
        pick("#holiday\\:day", 1405, 10, "15");
        assertEquals("1405/10/15", browser.find("#holiday\\:day").getAttribute("value"));
        browser.screenshot("date-picker-en");
        addHoliday("آزمون تقویم دی", "Dey calendar test");
        row = holidayRow("Dey calendar test");
        assertTrue(row.contains("Dey 15, 1405") && row.contains("January 5, 2027"), "the 5th of January 2027: " + row);
        removeHoliday("Dey calendar test");
        browser.open("/lang/fa?back=/");
        browser.signOut();
    }

    /** Opens the Jalali calendar of a date input, goes to the year and month, and clicks the day. */
    private void pick(String input, int year, int month, String day) {
        browser.find(input).click();
        WebElement calendar = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("jdp-container")));
        new Select(calendar.findElement(By.cssSelector(".jdp-years select"))).selectByValue(String.valueOf(year));
        new Select(browser.find("jdp-container .jdp-months select")).selectByValue(String.valueOf(month));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    for (WebElement cell :
                            d.findElements(By.cssSelector("jdp-container .jdp-day:not(.not-in-month)"))) {
                        if (cell.getText().equals(day)) {
                            cell.click();
                            return true;
                        }
                    }
                    return false;
                });
    }

    private void addHoliday(String nameFa, String nameEn) {
        browser.find("#holiday\\:nameFa").sendKeys(nameFa);
        browser.find("#holiday\\:nameEn").sendKeys(nameEn);
        browser.find("#holiday\\:add").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("holiday:table")).getText().contains(nameFa)
                        || d.findElement(By.id("holiday:table")).getText().contains(nameEn));
    }

    private String holidayRow(String name) {
        return browser.driver().findElements(By.cssSelector("[id='holiday:table'] tbody tr")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name));
    }

    /** Removes a holiday the test added, confirming, so that later tests see the demo calendar. */
    private void removeHoliday(String name) {
        browser.driver().findElements(By.cssSelector("[id='holiday:table'] tbody tr")).stream()
                .filter(r -> r.getText().contains(name))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("button"))
                .click();
        browser.find("[id$='confirmYes']").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("holiday:table")).getText().contains(name));
    }
}
