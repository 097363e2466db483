package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 11: an editor writes a news item in the console, the unit manager returns it with a comment, the editor
 * changes it, the manager publishes it, and it is the first news on the home page in Persian and English.
 */
class ContentIT extends BrowserIT {

    @Test
    void anEditorWritesNewsTheManagerReturnsThenPublishesItAndItLeadsTheHomePage() {
        int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String title = "افتتاح پست برق شهرک صنعتی " + n;
        String titleEn = "Industrial park substation opens " + n;

        browser.signIn("editor", "demo1234");
        browser.clickToLoad("#menu-content");
        List<String> units = texts("#items\\:table tbody td:nth-child(3)");
        assertTrue(units.stream().allMatch(u -> u.equals("QOM-1") || u.isBlank()), "only the editor's unit: " + units);
        browser.clickToLoad("#new-item");
        browser.clickToLoad("#item\\:save");
        assertEquals("این مورد الزامی است.", message("titleFa"));
        assertEquals("این مورد الزامی است.", message("titleEn"));
        assertEquals(
                "این مورد الزامی است.", browser.find("#item\\:problem-body-fa").getText());
        browser.screenshot("admin-content-invalid-fa");

        browser.find("#item\\:titleFa").sendKeys(title);
        browser.find("#item\\:titleEn").sendKeys(titleEn);
        browser.find("#item\\:summaryFa").sendKeys("پست ۶۳ کیلوولت شهرک صنعتی محمودآباد به شبکه پیوست.");
        browser.find("#item\\:summaryEn").sendKeys("The 63 kV substation of Mahmoudabad industrial park is online.");
        browser.find("#item\\:bodyFa .ql-editor").sendKeys("این پست برق ۴۰ واحد صنعتی را تأمین می‌کند.");
        browser.find("#item\\:bodyEn .ql-editor").sendKeys("It supplies forty factories.");
        browser.clickToLoad("#item\\:save");
        assertTrue(
                browser.find("#messages").getText().contains("مطلب ذخیره شد."),
                browser.find("#messages").getText());
        assertEquals("پیش‌نویس", browser.find("#item-status").getText());
        String editUrl = browser.driver().getCurrentUrl();
        browser.clickToLoad("#item\\:submit");
        assertEquals("در انتظار بازبینی", browser.find("#item-status").getText());
        assertFalse(browser.has("#item\\:save"), "nothing to save while the reviewer has it");
        assertFalse(browser.has("#item\\:publish"), "an editor does not publish");
        browser.signOut();

        browser.signIn("manager", "demo1234");
        browser.driver().get(editUrl);
        browser.clickToLoad("#item\\:return");
        assertEquals("این مورد الزامی است.", message("comment"), "a return says why");
        browser.find("#item\\:comment").sendKeys("نام شهرک را در عنوان انگلیسی هم بنویسید");
        browser.clickToLoad("#item\\:return");
        assertEquals("بازگشته با توضیح", browser.find("#item-status").getText());
        browser.signOut();

        browser.signIn("editor", "demo1234");
        browser.driver().get(editUrl);
        assertEquals(
                "نام شهرک را در عنوان انگلیسی هم بنویسید",
                browser.find("#review-comment").getText());
        browser.screenshot("admin-content-returned-fa");
        browser.find("#item\\:titleEn").clear();
        titleEn = "Mahmoudabad industrial park substation opens " + n;
        browser.find("#item\\:titleEn").sendKeys(titleEn);
        browser.clickToLoad("#item\\:save");
        browser.clickToLoad("#item\\:submit");
        browser.signOut();

        // signed out (no cookie left), the visitor is served the home page from memory from the second view on
        browser.open("/");
        browser.open("/");
        assertFalse(texts("#home-news .item-link").contains(title), "not public before it is published");

        browser.signIn("manager", "demo1234");
        browser.driver().get(editUrl);
        browser.find("#item\\:publish").click();
        browser.find("#item\\:confirmYes");
        browser.clickToLoad("#item\\:confirmYes");
        assertEquals("منتشرشده", browser.find("#item-status").getText());
        List<String> history = texts("#history .revision");
        assertTrue(history.get(0).startsWith("انتشار") && history.get(0).contains("manager"), history.toString());
        browser.screenshotWhole("admin-content-published-fa");
        browser.signOut();

        browser.open("/");
        assertEquals(
                title,
                texts("#home-news .item-link").get(0),
                "the newest news leads the home page: the kept one was let go of at the publication");
        browser.screenshotWhole("home-fa");
        browser.clickToLoad("#home-news .item-link");
        assertEquals(title, browser.find("#item-title").getText());
        assertEquals(
                "این پست برق ۴۰ واحد صنعتی را تأمین می‌کند.",
                browser.find("#item-body").getText());
        browser.open("/lang/en");
        browser.open("/");
        assertEquals(titleEn, texts("#home-news .item-link").get(0), "and in English");
        browser.screenshotWhole("home-en");
        browser.onPhone(() -> {
            browser.open("/");
            assertEquals(0, browser.overflow(), "the home page fits a phone");
            browser.screenshotWhole("home-phone-en");
        });
        browser.open("/lang/fa");
    }

    @Test
    void visitorsFilterTendersBrowseTheNewsArchiveAndSearchTheSite() {
        browser.open("/content/?kind=TENDER");
        browser.clickToLoad("#tenders-open");
        List<String> open = texts("#content-list .item-link");
        assertTrue(open.contains("مناقصه‌ی عمومی خرید ۵۰۰ دستگاه ترانسفورماتور توزیع"), open.toString());
        assertFalse(open.contains("مزایده‌ی فروش کابل و سیم مستعمل"), "a tender past its deadline is closed");
        browser.clickToLoad("#tenders-closed");
        List<String> closed = texts("#content-list .item-link");
        assertTrue(closed.contains("مزایده‌ی فروش کابل و سیم مستعمل"));
        assertTrue(open.stream().noneMatch(closed::contains), "a tender is open or closed, never both: " + closed);

        browser.open("/content/?kind=NEWS");
        browser.clickToLoad("#archive .archive-month");
        String month = browser.find("h1").getText();
        assertTrue(month.startsWith("اخبار: ") && month.matches(".*[۰-۹]{4}$"), "a Jalali month: " + month);
        assertFalse(texts("#content-list .item-link").isEmpty());
        browser.screenshotWhole("news-archive-fa");

        browser.open("/");
        browser.find(".site-search input").sendKeys("كنتورهاي هوشمند\n"); // Arabic kaf and yeh
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> browser.path().equals("/search.xhtml"));
        List<String> found = texts("#search-results .item-link");
        assertTrue(found.contains("آغاز طرح جایگزینی کنتورهای هوشمند در استان قم"), found.toString());
        browser.screenshotWhole("search-fa");
        browser.open("/lang/en");
        browser.open("/search.xhtml?q="
                + java.net.URLEncoder.encode("smart meter", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(
                texts("#search-results .item-link").contains("Smart meter replacement begins across Qom Province"),
                texts("#search-results .item-link").toString());
        browser.onPhone(() -> {
            browser.open("/content/?kind=NEWS");
            assertEquals(0, browser.overflow(), "the news list fits a phone");
        });
        browser.open("/lang/fa");
    }

    @Test
    void theCounterOfficesAreListedByCountyInPersianAlphabeticalOrder() {
        browser.open("/");
        browser.clickToLoad("#nav-offices");
        assertEquals(List.of("جعفرآباد", "قم", "کهک"), texts(".county-name"));
        List<String> qom = texts("#county-1 .office-name");
        int amin = qom.indexOf("دفتر پیشخوان بلوار امین");
        int pardisan = qom.indexOf("دفتر پیشخوان پردیسان");
        int safa = qom.indexOf("دفتر پیشخوان خیابان صفائیه");
        assertTrue(
                amin >= 0 && amin < pardisan && pardisan < safa,
                "پ comes after ب and before خ, as ICU collates Persian (not as the code points run): " + qom);
        assertTrue(browser.attribute("#county-1 .office-phone", "href").startsWith("tel:"));
        browser.screenshotWhole("offices-fa");
        browser.onPhone(() -> assertEquals(0, browser.overflow(), "the offices fit a phone"));
    }

    @Test
    void theEventsCalendarIsAJalaliMonthFromSaturday() {
        browser.open("/");
        browser.clickToLoad("#home-calendar");
        assertTrue(browser.find("#calendar-month").getText().startsWith("تقویم رویدادها: "));
        assertEquals("شنبه", texts("#month-grid th").get(0), "the week starts on Saturday");
        assertEquals("۱", texts("#month-grid .day-number").get(0), "the month starts on its first");
        int days = texts("#month-grid .day-number").size();
        assertTrue(days >= 29 && days <= 31, "a Jalali month has 29 to 31 days: " + days);
        browser.clickToLoad("#next-month");
        List<String> events = texts("#month-grid .event-link");
        browser.clickToLoad("#previous-month");
        events = new java.util.ArrayList<>(events);
        events.addAll(texts("#month-grid .event-link"));
        assertTrue(events.contains("همایش مدیریت مصرف برق"), "the demo conference, 9 days from now: " + events);
        browser.screenshotWhole("calendar-fa");
        browser.open("/lang/en");
        browser.open("/content/calendar.xhtml");
        assertEquals("Sat", texts("#month-grid th").get(0));
        browser.screenshotWhole("calendar-en");
        browser.onPhone(() -> assertEquals(0, browser.overflow(), "the calendar fits a phone"));
        browser.open("/lang/fa");
    }

    @Test
    void theVisitorWidgetCountsThisVisitorOnAKeptHomePage() {
        browser.open("/");
        browser.open("/");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> browser.find("#visitors").getAttribute("class").contains("counted"));
        String online = browser.find("#visitors [data-figure='online']").getText();
        assertTrue(online.matches("[۱-۹][۰-۹]*"), "at least this visitor, in Persian digits: " + online);
        assertTrue(browser.find("#visitors [data-figure='peakOn']").getText().matches(".*[۰-۹]{4}"));
        browser.open("/lang/en");
        browser.open("/");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> browser.find("#visitors").getAttribute("class").contains("counted"));
        assertTrue(browser.find("#visitors [data-figure='today']").getText().matches("[1-9][0-9,]*"));
        browser.open("/lang/fa");
    }

    @Test
    void plannedOutagesFilterByCounty() {
        String area = "کوچه‌ی آزمون " + ThreadLocalRandom.current().nextInt(1000, 9999);
        browser.signIn("editor", "demo1234");
        browser.clickToLoad("#menu-outages");
        browser.find("#outage\\:countyFa").sendKeys("قم");
        browser.find("#outage\\:areaFa").sendKeys(area);
        browser.find("#outage\\:day")
                .sendKeys(java.time.LocalDate.now().plusDays(1).toString());
        browser.find("#outage\\:startsAt").sendKeys("۹:۰۰");
        browser.find("#outage\\:endsAt").sendKeys("۸:۰۰");
        browser.clickToLoad("#outage\\:save");
        assertEquals(
                "این تاریخ باید پس از تاریخ پیش از آن باشد.", message("endsAt").replace("outage:", ""));
        browser.find("#outage\\:endsAt").clear();
        browser.find("#outage\\:endsAt").sendKeys("۱۱:۳۰");
        browser.clickToLoad("#outage\\:save");
        assertTrue(
                browser.find("#messages").getText().contains("خاموشی ذخیره شد"),
                browser.find("#messages").getText());
        assertTrue(texts("#outages\\:table tbody td").contains(area), "listed for the unit's staff");
        browser.screenshotWhole("admin-outages-fa");
        browser.signOut();

        browser.open("/");
        browser.clickToLoad("#nav-outages");
        List<String> all = texts(".outage-county");
        assertTrue(all.containsAll(List.of("قم", "کهک", "جعفرآباد")), all.toString());
        assertTrue(texts(".outage-area").contains(area), "the staff's outage shows at once");
        browser.driver()
                .findElement(By.xpath("//a[contains(@class,'county-link') and normalize-space(.)='کهک']"))
                .click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> browser.driver().getCurrentUrl().contains("county="));
        List<String> kahak = texts(".outage-county");
        assertFalse(kahak.isEmpty());
        assertTrue(kahak.stream().allMatch("کهک"::equals), "only Kahak's outages: " + kahak);
        browser.screenshotWhole("outages-fa");
        browser.onPhone(() -> assertEquals(0, browser.overflow(), "the outages fit a phone"));
    }

    private static String message(String field) {
        String around = ".field:has([id^='item:" + field + "'], [id^='outage:" + field + "']) ";
        return browser.find(around + ".ui-message-error-detail, " + around + ".field-error")
                .getText();
    }

    private static List<String> texts(String css) {
        return browser.texts(css);
    }
}
