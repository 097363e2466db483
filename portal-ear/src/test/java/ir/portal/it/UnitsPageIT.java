package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin keeps the unit tree in the console: a new counter office shows under its district office. */
class UnitsPageIT extends BrowserIT {

    /** Each test starts signed out, whatever the one before left behind. */
    @BeforeEach
    void signedOut() {
        browser.open("/");
        browser.signOut();
    }

    @Test
    void theAdminAddsACounterOfficeUnderADistrictOfficeAndSeesItInTheTreeInPersianAndEnglish() {
        String code = "QOM-1-T" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        browser.signIn("admin", "demo1234");
        browser.clickToLoad("#menu-units");
        assertEquals("امور برق ناحیه یک قم", cell("QOM-1", "unit-name"));
        assertEquals("امور ناحیه", cell("QOM-1", "unit-kind"));

        browser.find("#unit\\:code").sendKeys(code);
        browser.find("#unit\\:nameFa").sendKeys("دفتر پیشخوان میدان مطهری");
        browser.find("#unit\\:nameEn").sendKeys("Motahari Square Counter Office");
        new Select(browser.find("#unit\\:parentCode")).selectByValue("QOM-1");
        assertFalse(browser.has("#unit\\:countyFa"), "no counter-office fields before the kind says so");
        chooseKind("دفتر پیشخوان");
        browser.find("#unit\\:countyFa").sendKeys("قم");
        browser.find("#unit\\:countyEn").sendKeys("Qom");
        browser.find("#unit\\:addressFa").sendKeys("قم، میدان شهید مطهری، ابتدای خیابان سمیه، پلاک ۴");
        browser.find("#unit\\:addressEn").sendKeys("No. 4, Somayeh Street, Shahid Motahari Square, Qom");
        browser.find("#unit\\:phone").sendKeys("۰۲۵-۳۷۸۳۱۲۰۰");
        browser.find("#unit\\:hoursFa").sendKeys("شنبه تا چهارشنبه ۷:۳۰ تا ۱۴:۳۰");
        browser.find("#unit\\:hoursEn").sendKeys("Saturday to Wednesday 7:30 to 14:30");
        browser.find("#unit\\:mapLink").sendKeys("https://www.openstreetmap.org/?mlat=34.6425&mlon=50.8790");
        browser.screenshotWhole("admin-units-form-fa");
        browser.find("#unit\\:save").click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("tr[data-code='" + code + "']"))
                        .isEmpty());
        assertTrue(
                browser.find("#messages").getText().contains("واحد «دفتر پیشخوان میدان مطهری» ذخیره شد."),
                browser.find("#messages").getText());
        assertEquals("دفتر پیشخوان میدان مطهری", cell(code, "unit-name"));
        assertEquals("دفتر پیشخوان", cell(code, "unit-kind"));
        assertEquals("واحد عملیاتی", cell(code, "unit-report"));
        assertEquals("قم", cell(code, "unit-county"));
        assertEquals("۰", cell(code, "unit-staff"), "nobody works there yet, in Persian digits");
        assertUnder(code, "QOM-1");
        assertFalse(browser.has("#unit\\:countyFa"), "the form is empty again for the next unit");
        browser.screenshotWhole("admin-units-fa");

        browser.open("/lang/en?back=/admin/units.xhtml");
        assertEquals("ltr", browser.attribute("html", "dir"));
        assertEquals("Units", browser.find("#content h1").getText());
        assertEquals("Motahari Square Counter Office", cell(code, "unit-name"));
        assertEquals("Counter office", cell(code, "unit-kind"));
        assertEquals("Operational", cell(code, "unit-report"));
        assertEquals("Qom", cell(code, "unit-county"));
        assertEquals("0", cell(code, "unit-staff"));
        assertEquals("Headquarters", cell("HQ", "unit-report"));
        assertUnder(code, "QOM-1");
        browser.screenshotWhole("admin-units-en");

        row(code).findElement(By.cssSelector("button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("unit-form-title")).getText().contains("Motahari"));
        assertEquals(code, browser.find("#unit-code").getText(), "a saved code is shown, not offered to change");
        assertEquals(
                "025-37831200",
                browser.find("#unit\\:phone").getDomProperty("value"),
                "the phone as kept, in Latin digits");
        assertEquals(
                "QOM-1",
                new Select(browser.find("#unit\\:parentCode"))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"));
        browser.open("/lang/fa?back=/");
    }

    @Test
    void aCounterOfficeWithoutItsCountyAndAddressIsRefusedNextToThoseFields() {
        browser.signIn("admin", "demo1234");
        browser.open("/admin/units.xhtml");
        browser.find("#unit\\:code")
                .sendKeys("QOM-2-T" + ThreadLocalRandom.current().nextInt(10_000, 100_000));
        browser.find("#unit\\:nameFa").sendKeys("دفتر پیشخوان بی‌نشانی");
        browser.find("#unit\\:nameEn").sendKeys("Counter office without an address");
        chooseKind("دفتر پیشخوان");
        browser.find("#unit\\:mapLink").sendKeys("javascript:alert(1)");
        browser.find("#unit\\:save").click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.cssSelector("[id$='problem-countyFa']"))
                        .getText()
                        .isEmpty());
        assertEquals(
                "این مورد الزامی است.", browser.find("[id$='problem-countyFa']").getText());
        assertEquals(
                "این مورد الزامی است.",
                browser.find("[id$='problem-addressFa']").getText());
        assertEquals(
                "پیوند نقشه باید نشانی کاملی باشد که با https:// یا http:// آغاز می‌شود.",
                browser.find("[id$='problem-mapLink']").getText());
        assertTrue(
                browser.find("#messages").getText().contains("ذخیره نشد"),
                browser.find("#messages").getText());
        assertEquals(
                "دفتر پیشخوان بی‌نشانی",
                browser.find("#unit\\:nameFa").getDomProperty("value"),
                "what was typed is kept");
        browser.screenshotWhole("admin-units-invalid-fa");
    }

    @Test
    void staffWithoutTheRightHaveNoUnitsPage() {
        browser.signIn("expert", "demo1234");
        browser.open("/admin/");
        assertFalse(browser.has("#menu-units"), "the portal expert's console has no units link");
        browser.open("/admin/units.xhtml");
        assertTrue(browser.has("#error-403"), "the friendly 403 page");
    }

    /** Opens PrimeFaces' list of kinds and picks the one of this label, as a person does with the mouse. */
    /**
     * Chooses the kind through the menu's widget and sends its change, as a click on its item does (the form then
     * shows the kind's fields); a click on the item of the opened panel could be lost while it slid open.
     */
    private static void chooseKind(String label) {
        String value = browser.driver().findElements(By.cssSelector("#unit\\:kind_input option")).stream()
                .filter(o -> label.equals(o.getAttribute("textContent").strip()))
                .findFirst()
                .orElseThrow()
                .getAttribute("value");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "const menu = PF('widget_unit_kind'); menu.selectValue(arguments[0]); menu.callBehavior('change');",
                        value);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> label.equals(
                        d.findElement(By.cssSelector("#unit\\:kind_label")).getText()));
    }

    /** The unit of {@code code} comes after the unit of {@code parent}, among the units right under it. */
    private static void assertUnder(String code, String parent) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#unit-tree tr.unit-row"));
        List<String> codes =
                rows.stream().map(r -> r.getDomAttribute("data-code")).toList();
        List<Integer> depths = rows.stream()
                .map(r -> r.findElement(By.cssSelector(".unit-name")).getDomAttribute("class"))
                .map(c -> Integer.parseInt(c.replaceAll(".*depth-(\\d).*", "$1")))
                .toList();
        int above = codes.indexOf(parent);
        int unit = codes.indexOf(code);
        assertTrue(above >= 0 && unit > above, codes.toString());
        assertEquals(depths.get(above) + 1, depths.get(unit), "indented one level under " + parent);
        for (int i = above + 1; i < unit; i++) {
            assertTrue(depths.get(i) > depths.get(above), "only units of " + parent + " between them: " + codes);
        }
    }

    private static WebElement row(String code) {
        return browser.find("#unit-tree tr[data-code='" + code + "']");
    }

    private static String cell(String code, String column) {
        return row(code).findElement(By.cssSelector("." + column)).getText().strip();
    }
}
