package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.i18n.JalaliDate;
import ir.portal.i18n.PersianDigits;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin's audit log: what the portal expert and the admin changed through the console is there, newest first,
 * with who, the action and the values; a person typed in the filter leaves only their rows, in Persian and in
 * English; an empty result and a reversed range say so in words; the page fits a phone.
 */
class AuditPageIT extends BrowserIT {

    /** Each test starts signed out, whatever the one before left behind. */
    @BeforeEach
    void signedOut() {
        browser.open("/");
        browser.signOut();
    }

    @Test
    void theAdminSeesWhoChangedWhatAndFiltersByPersonInPersianAndEnglish() {
        String mark = Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 100_000));
        String byExpert = "آزمون گزارش کارشناس " + mark;
        String byAdmin = "آزمون گزارش مدیر " + mark;
        browser.signIn("expert", "demo1234");
        addHoliday(byExpert, "Audit test by the expert " + mark);
        browser.signOut();
        browser.signIn("admin", "demo1234");
        addHoliday(byAdmin, "Audit test by the admin " + mark);

        browser.clickToLoad("#menu-audit");
        assertEquals("گزارش رویدادها", browser.find("h1").getText());
        List<WebElement> rows = rows();
        String newest = rows.get(0).getText();
        assertEquals("admin", cell(rows.get(0), "audit-person"), "the newest entry first: " + newest);
        assertTrue(newest.contains("افزودن تعطیل") && newest.contains(byAdmin), newest);
        String today = PersianDigits.toPersian(
                JalaliDate.of(LocalDate.now(ZoneId.of("Asia/Tehran"))).toString());
        assertTrue(cell(rows.get(0), "audit-at").startsWith(today), "a Jalali time in Persian digits: " + newest);
        assertTrue(
                rows.stream()
                        .anyMatch(r -> r.getText().contains(byExpert)
                                && cell(r, "audit-person").equals("expert")),
                "the expert's holiday, with who added it");
        browser.screenshot("admin-audit-fa");

        browser.find("#audit\\:person").sendKeys("expert");
        browser.clickToLoad("#audit\\:search");
        assertTrue(browser.driver().getCurrentUrl().contains("person=expert"), "the filter is the page's address");
        assertOnlyRowsOf("expert", byExpert, byAdmin);

        browser.clickToLoad("#lang-switch");
        assertEquals("Audit log", browser.find("h1").getText());
        assertEquals("expert", browser.find("#audit\\:person").getDomProperty("value"), "the filter stays");
        assertOnlyRowsOf("expert", byExpert, byAdmin);
        assertTrue(
                rows().stream().anyMatch(r -> r.getText().contains("Holiday added")),
                "the action in English: " + browser.find("#audit\\:table").getText());
        browser.screenshot("admin-audit-en");

        browser.find("#audit\\:person").clear();
        browser.find("#audit\\:person").sendKeys("nobody-" + mark);
        browser.clickToLoad("#audit\\:search");
        assertEquals(
                "No entry matches these filters.",
                browser.find("#audit\\:table_data tr.ui-datatable-empty-message")
                        .getText());
        browser.clickToLoad("#lang-switch");
        assertEquals(
                "هیچ رویدادی با این فیلترها ثبت نشده است.",
                browser.find("#audit\\:table_data tr.ui-datatable-empty-message")
                        .getText());
        browser.open("/lang/fa?back=/");
        browser.signOut();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsToldNextToItsLastDay() {
        browser.signIn("admin", "demo1234");
        browser.open("/admin/audit.xhtml");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
        browser.find("#audit\\:from")
                .sendKeys(PersianDigits.toPersian(JalaliDate.of(today).toString()));
        browser.find("#audit\\:to").sendKeys(JalaliDate.of(today.minusDays(1)).toString(), Keys.TAB);
        browser.clickToLoad("#audit\\:search");
        assertEquals(
                "روز پایان پیش از روز آغاز است.",
                browser.find("#audit\\:problem-to").getText());
        assertEquals("/admin/audit.xhtml", browser.path());
        browser.signOut();
    }

    @Test
    void thePageFitsAPhone() {
        browser.signIn("admin", "demo1234");
        addHoliday("آزمون گزارش روی تلفن همراه با نامی نسبتاً بلند", "Audit test on a phone, with a rather long name");
        browser.onPhone(() -> {
            browser.open("/admin/audit.xhtml");
            assertEquals(
                    360L,
                    ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth"))
                            .longValue());
            int overflow = browser.overflow();
            assertTrue(overflow <= 0, "the page is " + overflow + " px wider than a 360 px screen");
            assertTrue(browser.find("#audit\\:person").isDisplayed(), "the filters are there");
            assertTrue(
                    rows().get(0)
                            .findElement(By.cssSelector("td.audit-person .ui-column-title"))
                            .isDisplayed(),
                    "each cell of an entry under its column's name");
            browser.screenshotWhole("admin-audit-360-fa");
        });
        browser.signOut();
    }

    /** Adds a holiday on a day of 1409 through the holidays page, as whoever is signed in. */
    private void addHoliday(String nameFa, String nameEn) {
        browser.clickToLoad("#menu-holidays");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        browser.find("#holiday\\:day")
                .sendKeys(String.format("1409/%02d/%02d", random.nextInt(1, 13), random.nextInt(1, 30)));
        browser.find("#holiday\\:nameFa").sendKeys(nameFa);
        browser.find("#holiday\\:nameEn").sendKeys(nameEn);
        browser.find("#holiday\\:add").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("holiday:table")).getText().contains(nameFa));
    }

    private void assertOnlyRowsOf(String person, String theirs, String someoneElses) {
        List<WebElement> rows = rows();
        assertFalse(rows.isEmpty(), "the person has entries");
        assertEquals(
                List.of(person),
                rows.stream().map(r -> cell(r, "audit-person")).distinct().toList(),
                "every row is the person's");
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains(theirs)), "their holiday is there");
        assertTrue(rows.stream().noneMatch(r -> r.getText().contains(someoneElses)), "no one else's");
    }

    private static List<WebElement> rows() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#audit\\:table_data tr[data-ri]")));
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.cssSelector("td." + column)).getText().strip();
    }
}
