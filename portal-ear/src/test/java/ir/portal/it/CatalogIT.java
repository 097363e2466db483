package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A visitor finds a service in the catalog however they type Persian, and reads its whole card. */
class CatalogIT extends BrowserIT {

    private static final String BRANCH = "اصلاح سرویس انشعاب";
    private static final List<String> JALALI_MONTHS = List.of(
            "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");

    @BeforeEach
    void persian() {
        browser.signOut();
    }

    @Test
    void aSearchTypedWithArabicYehAndKafFindsTheCard() {
        browser.open("/");
        browser.clickToLoad("#nav-catalog");
        browser.find("#q").sendKeys("اصلاح سرويس انشعاب"); // Arabic yeh in سرويس
        browser.clickToLoad("#search");
        assertEquals(List.of(BRANCH), titles());
        browser.screenshot("catalog-search-fa");

        browser.find("#q").clear();
        browser.find("#q").sendKeys("كنتور"); // Arabic kaf
        browser.clickToLoad("#search");
        assertTrue(titles().contains("تعویض کنتور"), titles().toString());
        assertFalse(titles().contains("صدور المثنی قبض"), titles().toString());
    }

    @Test
    void filtersNarrowTheListAndAreKeptInTheAddress() {
        browser.open("/catalog/");
        int all = titles().size();
        assertTrue(all >= 6, "the demo catalog: " + all);
        new Select(browser.find("#type")).selectByValue("G2B");
        browser.clickToLoad("#search");
        List<String> business = titles();
        assertTrue(business.contains("درخواست انشعاب جدید برق"), business.toString());
        assertFalse(business.contains(BRANCH), business.toString());
        assertTrue(browser.driver().getCurrentUrl().contains("type=G2B"));
        assertEquals(
                "G2B",
                new Select(browser.find("#type")).getFirstSelectedOption().getDomAttribute("value"));
        browser.clickToLoad("#clear");
        assertEquals(all, titles().size());
    }

    @Test
    void theCardPageShowsEverySectionInPersianAndEnglish() {
        browser.open("/catalog/?q=" + URLEncoder.encode(BRANCH, StandardCharsets.UTF_8));
        browser.clickToLoad(".service-link");
        assertEquals("rtl", browser.attribute("html", "dir"));
        assertEquals(BRANCH, browser.find("#card-title").getText());
        String information = text("#information-package");
        assertTrue(information.contains("سند احراز هویت (مانند کارت ملی)"), "what to bring: " + information);
        assertTrue(information.contains("۵ روز") && information.contains("۱۰ مرحله"), information);
        assertTrue(information.contains("مطابق قوانین و تعرفه‌های مصوب صنعت برق"), "the cost: " + information);
        assertTrue(information.contains("دفاتر پیشخوان"), "the channels: " + information);
        for (String section : List.of(
                "description",
                "characteristics",
                "prepare",
                "figures",
                "cost",
                "access",
                "links",
                "process",
                "responsible")) {
            assertTrue(browser.has("#section-" + section), section);
        }
        assertTrue(text("#section-characteristics").contains("خدمت به شهروندان (G2C)"));
        assertTrue(text("#section-characteristics").contains("تأسیسات شهری"));
        assertTrue(text("#section-prepare").contains("سند احراز هویت (مانند کارت ملی)"));
        assertTrue(text("#section-figures").contains("۲٬۰۰۰٬۰۰۰"), text("#section-figures"));
        assertTrue(text("#section-figures").contains("۵ روز"));
        assertEquals(
                10,
                browser.driver().findElements(By.cssSelector("#processes li")).size());
        assertTrue(text("#processes").contains("بایگانی درخواست در صورت عدم موافقت مشترک"));
        assertEquals(
                4,
                browser.driver()
                        .findElements(By.cssSelector("#stages tbody tr"))
                        .size());
        assertEquals(
                4,
                browser.driver()
                        .findElements(By.cssSelector("#other-agencies tbody tr"))
                        .size());
        assertTrue(text("#other-agencies").contains("ثبت احوال"));
        assertTrue(text("#published-at").matches("(?s).*[۰-۹]+ \\S+ [۰-۹]{4}.*"), text("#published-at"));
        browser.screenshot("card-fa");

        browser.clickToLoad("#lang-switch");
        assertEquals("Correction of branch service", browser.find("#card-title").getText());
        assertTrue(text("#section-characteristics").contains("Citizens (G2C)"));
        assertTrue(text("#section-figures").contains("2,000,000"));
        assertTrue(text("#processes").contains("The request is archived if the subscriber does not accept"));
        assertTrue(text("#section-access").contains("Counter offices"));
        assertTrue(text("#section-access").contains("Each company has its own contract with the counter offices"));
        assertTrue(
                text("#other-agencies").contains("National Organization for Civil Registration"),
                "the links to other agencies in English too");
        browser.screenshot("card-en");
    }

    @Test
    void theCardDownloadsAsAPdfWithItsTitleAndJalaliDate() throws Exception {
        browser.open("/catalog/?q=" + URLEncoder.encode(BRANCH, StandardCharsets.UTF_8));
        browser.clickToLoad(".service-link");
        String href = browser.attribute("#pdf", "href");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(PortalDeployment.url(href)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals(
                "application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertEquals(BRANCH, pdf.getDocumentInformation().getTitle());
            String text = text(pdf);
            assertTrue(text.contains(BRANCH.replace(" ", "")), text);
            assertTrue(text.contains("تاریخانتشار"), text);
            assertTrue(
                    Pattern.compile("[۰-۹]{1,2}(" + String.join("|", JALALI_MONTHS) + ")[۰-۹]{4}")
                            .matcher(text)
                            .find(),
                    "a Jalali date in Persian digits: " + text);
            assertTrue(text.contains("بایگانیدرخواستدرصورتعدمموافقتمشترک"), "the seventh step");
        }
    }

    @Test
    void aServiceThatIssuesALicenseShowsItsLicenseCard() throws Exception {
        browser.open("/catalog/?q=" + URLEncoder.encode("چاه آب", StandardCharsets.UTF_8));
        browser.clickToLoad(".service-link");
        assertTrue(text("#section-license").contains("پروانه حفر و بهره‌برداری چاه آب کشاورزی"));
        assertEquals(
                List.of("صدور", "تمدید", "اصلاح", "لغو"),
                browser.driver().findElements(By.cssSelector("#license-steps tbody th")).stream()
                        .map(WebElement::getText)
                        .toList());
        assertTrue(text("#license-steps").contains("مشترک با دستگاه‌های دیگر"));
        assertEquals(
                2,
                browser.driver()
                        .findElements(By.cssSelector("#license-inquiries tbody tr"))
                        .size());
        assertTrue(text("#license-inquiries").contains("سازمان ثبت اسناد و املاک"));
        browser.screenshot("card-license-fa");

        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(PortalDeployment.url(browser.attribute("#pdf", "href")))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = text(pdf);
            assertTrue(text.contains("پروانهحفروبهرهبرداریچاهآبکشاورزی"), "the license card in the PDF: " + text);
            assertTrue(text.contains("سازمانثبتاسنادواملاک"), text);
        }
    }

    /** A PDF's text as it reads: Arabic presentation forms back to letters (NFKC), bidi marks and spaces dropped. */
    private static String text(PDDocument pdf) throws java.io.IOException {
        return Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC)
                .replaceAll("[\\s\\u200c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]", "");
    }

    @Test
    void anUnknownOrUnpublishedCardIsNotFound() throws Exception {
        assertEquals(404, Http.get("/catalog/card.xhtml?id=987654321").statusCode());
        assertEquals(404, Http.get("/catalog/card.xhtml").statusCode());
        assertEquals(404, Http.get("/catalog/card.pdf?id=987654321").statusCode());
        assertEquals(404, Http.get("/catalog/card.xhtml?id=not-a-number").statusCode());
    }

    private static List<String> titles() {
        return browser.driver().findElements(By.cssSelector(".service-link")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String text(String css) {
        return browser.find(css).getText();
    }
}
