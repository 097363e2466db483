package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor drafts a new card in the console, the unit manager publishes it, and visitors find it; the card's next
 * version waits for the manager's review while visitors read the published one.
 */
class AdminCatalogIT extends BrowserIT {

    @Test
    void anEditorDraftsACardAndTheUnitManagerPublishesIt() {
        String title = "گواهی عدم بدهی " + ThreadLocalRandom.current().nextInt(10_000, 99_999);

        browser.signIn("editor", "demo1234");
        browser.clickToLoad("#menu-catalog");
        List<String> units = texts("#cards\\:table tbody td:nth-child(2)");
        assertFalse(units.isEmpty());
        assertTrue(units.stream().allMatch(u -> u.equals("امور برق ناحیه یک قم")), "only the editor's unit: " + units);

        browser.clickToLoad("#new-card");
        browser.clickToLoad("#card\\:save");
        assertEquals("این مورد را پر کنید.", message("titleFa"));
        assertEquals("این مورد را پر کنید.", message("titleEn"));
        assertEquals("این مورد را پر کنید.", message("descriptionFa"));
        assertEquals("این مورد را پر کنید.", message("types"));
        assertEquals("این مورد را پر کنید.", message("nature"));
        assertTrue(browser.find("#messages").getText().contains("ذخیره نشد"));
        browser.screenshot("admin-card-invalid-fa");

        browser.find("#card\\:titleFa").sendKeys(title);
        browser.find("#card\\:titleEn").sendKeys("Certificate of no debt");
        browser.find("#card\\:providerAgencyFa").sendKeys("شرکت توزیع نیروی برق استان قم");
        browser.find("#card\\:descriptionFa").sendKeys("گواهی برای نقل و انتقال ملک.");
        assertEquals(
                "گواهی برای نقل و انتقال ملک.",
                browser.find("#card\\:descriptionFa").getDomProperty("value"),
                "what was typed is still there after the refused save");
        label("خدمت به شهروندان (G2C)").click();
        label("تصدی‌گری").click();
        label("استانی").click();
        browser.find("#card\\:documentsFa").sendKeys("کارت ملی\nسند ملک");
        browser.find("#card\\:averageDays").sendKeys("۱۲"); // Persian digits
        browser.find("#card\\:costRials").sendKeys("٢٥٠٬٠٠٠"); // Arabic digits, grouped
        browser.clickToLoad("#card\\:save");
        assertTrue(
                browser.find("#messages").getText().contains("شناسنامه ذخیره شد."),
                () -> browser.find("#content").getText());
        assertEquals("پیش‌نویس", browser.find("#card-status").getText());
        assertFalse(browser.has("#card\\:publish"), "an editor cannot publish");
        assertEquals("12", browser.find("#card\\:averageDays").getDomProperty("value"));
        assertEquals("250000", browser.find("#card\\:costRials").getDomProperty("value"));
        String editUrl = browser.driver().getCurrentUrl();
        browser.screenshot("admin-card-draft-fa");
        browser.signOut();

        browser.signIn("manager", "demo1234");
        browser.driver().get(editUrl);
        browser.find("#card\\:publish").click();
        browser.find("#card\\:confirmYes");
        browser.clickToLoad("#card\\:confirmYes");
        assertEquals("منتشرشده", browser.find("#card-status").getText());
        List<String> history = texts("#history .revision");
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.get(0).startsWith("انتشار") && history.get(0).contains("manager"), history.get(0));
        assertTrue(history.get(1).startsWith("ایجاد") && history.get(1).contains("editor"), history.get(1));
        browser.screenshot("admin-card-published-fa");
        browser.signOut();

        browser.open("/catalog/?q=" + URLEncoder.encode(title.replace('ی', 'ي'), StandardCharsets.UTF_8));
        assertEquals(List.of(title), texts(".service-link"));

        // issue 11, finding 1: the published card's next version waits for the manager; visitors read the published one
        String edited = title + " ویراسته";
        browser.signIn("editor", "demo1234");
        browser.driver().get(editUrl);
        assertTrue(
                browser.has("#published-note"),
                () -> "the editor is told that a save waits for review: "
                        + browser.driver().getCurrentUrl() + "\n"
                        + browser.find("#content").getText());
        browser.find("#card\\:titleFa").clear();
        browser.find("#card\\:titleFa").sendKeys(edited);
        browser.clickToLoad("#card\\:save");
        assertTrue(
                browser.find("#messages").getText().contains("نسخه‌ی بعدی ذخیره شد"),
                browser.find("#messages").getText());
        assertEquals(
                "نسخه‌ی بعدی، در حال ویرایش", browser.find("#revision-state").getText());
        browser.clickToLoad("#card\\:submitRevision");
        assertEquals(
                "نسخه‌ی بعدی، در انتظار بازبینی",
                browser.find("#revision-state").getText());
        assertFalse(browser.has("#card\\:save"), "nothing to save while the reviewer has it");
        browser.signOut();
        browser.open("/catalog/?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertEquals(List.of(title), texts(".service-link"), "visitors still read the published card");

        browser.signIn("manager", "demo1234");
        browser.driver().get(editUrl);
        browser.clickToLoad("#card\\:returnRevision");
        assertEquals("این مورد الزامی است.", message("comment"), "a return says why");
        browser.find("#card\\:comment").sendKeys("عنوان انگلیسی هم باید تغییر کند");
        browser.clickToLoad("#card\\:returnRevision");
        browser.signOut();

        browser.signIn("editor", "demo1234");
        browser.driver().get(editUrl);
        assertEquals(
                "عنوان انگلیسی هم باید تغییر کند",
                browser.find("#review-comment").getText());
        browser.screenshot("admin-card-returned-fa");
        browser.find("#card\\:titleEn").clear();
        browser.find("#card\\:titleEn").sendKeys("Certificate of no debt (revised)");
        browser.clickToLoad("#card\\:save");
        browser.clickToLoad("#card\\:submitRevision");
        browser.signOut();

        browser.signIn("manager", "demo1234");
        browser.driver().get(editUrl);
        browser.find("#card\\:publishRevision").click();
        browser.find("#card\\:confirmYes");
        browser.clickToLoad("#card\\:confirmYes");
        assertFalse(browser.has("#revision"), "nothing waits any more");
        assertEquals(edited, browser.find("#card\\:titleFa").getDomProperty("value"));
        browser.screenshot("admin-card-revision-published-fa");
        browser.signOut();
        browser.open("/catalog/?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertEquals(List.of(edited), texts(".service-link"), "visitors read the reviewed version");

        browser.signIn("editor", "demo1234");
        browser.driver().get(editUrl);
        new Select(browser.find("#compare\\:compareFrom")).selectByValue("1");
        browser.find("#compare\\:show").click();
        String comparison = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("comparison-list")).stream()
                        .map(WebElement::getText)
                        .filter(t -> t.contains("title.fa"))
                        .findFirst()
                        .orElse(null));
        assertTrue(comparison.contains(title) && comparison.contains(edited), comparison);
        browser.clickToLoad(".revision-1 .restore");
        assertTrue(browser.has("#restored-note"), "the editor is told where the form came from");
        assertEquals(title, browser.find("#card\\:titleFa").getDomProperty("value"));
        browser.screenshot("admin-card-restore-fa");
        browser.open("/lang/en");
        browser.driver().get(editUrl);
        browser.screenshotWhole("admin-card-history-en");
        browser.open("/lang/fa");
        browser.signOut();
    }

    @Test
    void thePortalExpertDefinesTheLicenseCardOfAService() {
        browser.signIn("expert", "demo1234");
        browser.clickToLoad("#menu-catalog");
        browser.driver()
                .findElement(By.xpath("//a[@class='card-edit' and normalize-space(.)='درخواست انشعاب جدید برق']"))
                .click();
        browser.clickToLoad("#license-link");
        browser.find("#license\\:titleFa").sendKeys("مجوز اتصال به شبکه");
        browser.find("#license\\:titleEn").sendKeys("Grid connection permit");
        first("[id$='legalBasisFa']").sendKeys("آیین‌نامه‌ی تکمیلی تعرفه‌ها");
        first("[id$='documentsFa']").sendKeys("پروانه ساختمان");
        first("[id$=':cost']").sendKeys("۱۰۰٬۰۰۰");
        browser.driver()
                .findElements(By.xpath("//label[normalize-space(.)='حقیقی']"))
                .get(0)
                .click();
        browser.find("#license\\:addInquiry").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("[id$=':agencyFa']")).isEmpty());
        first("[id$=':agencyFa']").sendKeys("شهرداری قم");
        first("[id$=':agencyEn']").sendKeys("Qom Municipality");
        first("[id$=':subjectFa']").sendKeys("استعلام پایان کار");
        browser.clickToLoad("#license\\:save");
        assertTrue(
                browser.find("#messages").getText().contains("شناسنامه‌ی مجوز ذخیره شد."),
                () -> browser.find("#content").getText());
        assertEquals("100000", first("[id$=':cost']").getDomProperty("value"));
        browser.screenshot("admin-license-fa");
        browser.signOut();

        browser.open("/catalog/?q=" + URLEncoder.encode("انشعاب جدید", StandardCharsets.UTF_8));
        browser.clickToLoad(".service-link");
        String license = browser.find("#section-license").getText();
        assertTrue(
                license.contains("مجوز اتصال به شبکه") && license.contains("شهرداری قم") && license.contains("۱۰۰٬۰۰۰"),
                license);
        browser.clickToLoad("#lang-switch");
        String english = browser.find("#section-license").getText();
        assertTrue(english.contains("Grid connection permit") && english.contains("Qom Municipality"), english);
        browser.clickToLoad("#lang-switch");
    }

    @Test
    void theConsoleSpeaksEnglishLeftToRight() {
        browser.signIn("expert", "demo1234");
        browser.clickToLoad("#lang-switch");
        assertEquals("ltr", browser.attribute("html", "dir"));
        browser.clickToLoad("#tile-catalog");
        assertEquals("Service cards", browser.find("#content h1").getText());
        browser.driver()
                .findElement(By.xpath("//a[@class='card-edit' and normalize-space(.)='Correction of branch service']"))
                .click();
        assertEquals("Edit service identity card", browser.find("#content h1").getText());
        assertEquals(
                "Correction of branch service", browser.find("#card\\:titleEn").getDomProperty("value"));
        assertTrue(browser.find("#card").getText().contains("Links to other systems and agencies"));
        browser.screenshot("admin-card-en");
        browser.clickToLoad("#lang-switch");
        browser.signOut();
    }

    private static WebElement first(String css) {
        return browser.driver().findElements(By.cssSelector(css)).get(0);
    }

    /** The message beside a field: PrimeFaces' in pt:bitext and pt:checks, pt:field's (.field-error) elsewhere. */
    private static String message(String field) {
        String around = ".field:has([id^='card:" + field + "']) ";
        return browser.find(around + ".ui-message-error-detail, " + around + ".field-error")
                .getText();
    }

    private static WebElement label(String text) {
        return browser.driver().findElement(By.xpath("//label[normalize-space(.)='" + text + "']"));
    }

    private static List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
