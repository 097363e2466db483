package ir.portal.it;

import static ir.portal.it.DeskFiles.download;
import static ir.portal.it.DeskFiles.file;
import static ir.portal.it.DeskFiles.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.desk.DeskSamples;
import ir.portal.i18n.PersianDigits;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service desk in the browser: a citizen submits the correction of branch service with two documents, gets
 * the receipt and code; the counter office and the case officer move it through the ten steps of seeds/002 (the
 * officer in English); the citizen sees each stage, pays by slip, reads the answer and rates it.
 */
class DeskIT extends BrowserIT {

    private static final String PASSWORD = "demo1234";
    private static final String NATIONAL_ID = DeskSamples.NATIONAL_ID;

    /** Submits the branch-correction form as the signed-in citizen; returns {request id, tracking code}. */
    private static String[] submitBranchCorrection() throws IOException {
        browser.open("/catalog/?q=" + URLEncoder.encode("اصلاح سرویس انشعاب", StandardCharsets.UTF_8));
        browser.clickToLoad(".service-link");
        browser.clickToLoad("#start");
        fillForm();
        browser.find(".document-identity")
                .sendKeys(file("national-card.pdf", DeskSamples.pdf()).toString());
        browser.find(".document-photo")
                .sendKeys(file("branch.png", DeskSamples.png()).toString());
        browser.clickToLoad("#request\\:submit");
        assertEquals(
                "/desk/receipt.xhtml",
                browser.path(),
                () -> browser.find("#content").getText());
        String id = URI.create(browser.driver().getCurrentUrl()).getQuery().replaceAll(".*id=(\\d+).*", "$1");
        return new String[] {id, browser.find("#tracking-code").getText()};
    }

    /** Fills the form; what an earlier request filled in for the citizen is typed over. */
    private static void fillForm() {
        type("#request\\:nationalId", "۰۴۹۹۳۷۰۸۹۹");
        type("#request\\:mobile", "۰۹۱۲ ۱۲۳ ۴۵۶۷");
        type("#request\\:email", "citizen@portal.example");
        browser.find(".field-bill").sendKeys("1234567814127");
        browser.find(".field-problem").sendKeys("پارگی کابل سرویس");
    }

    private static void type(String css, String text) {
        browser.find(css).clear();
        browser.find(css).sendKeys(text);
    }

    /** Each test starts signed out, whatever the one before left behind. */
    @BeforeEach
    void signedOut() {
        browser.open("/");
        browser.signOut();
    }

    private static void step(String transition) {
        browser.clickToLoad(".step-" + transition);
    }

    private static String stage() {
        return browser.find("#current-stage").getText();
    }

    @Test
    void aCitizenSubmitsAndFollowsTheBranchCorrectionToItsAnswer() throws Exception {
        browser.signIn("citizen", PASSWORD);
        String[] submitted = submitBranchCorrection();
        String id = submitted[0];
        String code = submitted[1];
        assertTrue(code.matches("[۰-۹]{4}-[۰-۹]{4}-[۰-۹]{4}-[۰-۹]{2}"), code);
        assertTrue(browser.find("#messages").getText().contains("درخواست شما ثبت شد"));
        String dueFa = browser.find("#due-on").getText();
        assertTrue(
                dueFa.matches("(?s).*[۰-۹]{4} \\(.*[۰-۹]{4}\\).*"), "Jalali, with the Gregorian day beside: " + dueFa);
        browser.screenshot("desk-receipt-fa");
        try (PDDocument pdf = Loader.loadPDF(download("/desk/receipt.pdf?id=" + id))) {
            assertTrue(
                    pdf.getDocumentInformation().getTitle().contains(PersianDigits.toLatin(code)),
                    pdf.getDocumentInformation().getTitle());
        }
        browser.clickToLoad("#open-request");
        assertEquals("بررسی فرم در دفتر", stage());
        assertEquals(
                2, browser.driver().findElements(By.cssSelector("a.document")).size());
        browser.find("#messages-form\\:message").sendKeys("کابل از تیر تا کنتور پاره شده است.");
        browser.clickToLoad("#messages-form\\:send-message");
        assertTrue(browser.find("#history").getText().contains("کابل از تیر تا کنتور"));
        browser.signOut();

        browser.signIn("clerk", PASSWORD);
        browser.clickToLoad("#menu-desk");
        browser.find("#queue\\:code").sendKeys(code);
        browser.find("#queue\\:filter").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".request-link")).stream()
                        .map(e -> e.getText())
                        .toList()
                        .equals(List.of(code)));
        browser.screenshot("desk-queue-fa");
        browser.clickToLoad(".request-link");
        assertTrue(browser.find("#history").getText().contains("کابل از تیر تا کنتور"), "the clerk reads the message");
        assertFalse(
                browser.has("#steps\\:date") || browser.has("#steps\\:amount") || browser.has("#steps\\:trace"),
                "the form asks only for what the office's steps need");
        step("approve-form");
        assertEquals("تسویه بدهی", stage());
        step("debt-settled");
        step("issue-code");
        step("send-documents");
        assertEquals("/admin/desk/", browser.path(), "the office's part is done: back to its queue");
        assertTrue(browser.find("#messages").getText().contains("به واحد بعدی رفت"));
        browser.signOut();

        browser.signIn("officer", PASSWORD);
        browser.open("/lang/en?back=/admin/desk/request.xhtml?id=" + id);
        browser.open("/admin/desk/request.xhtml?id=" + id);
        assertEquals("Technical and financial review", stage());
        step("announce-conditions");
        assertTrue(browser.find("[id$='problem-amount']").getText().contains("required"), "an amount is needed");
        browser.find("#steps\\:comment").sendKeys("The service cable is replaced; cost as per tariff.");
        browser.find("#steps\\:amount").sendKeys("1,500,000");
        step("announce-conditions");
        assertEquals("Conditions announced", stage());
        browser.screenshotWhole("desk-officer-en");
        browser.open("/lang/fa?back=/");
        browser.signOut();

        browser.signIn("citizen", PASSWORD);
        browser.open("/my/request.xhtml?id=" + id);
        assertEquals("اعلام شرایط به مشترک", stage());
        assertFalse(browser.find("#payment-id").getText().isBlank(), "the payment slip shows");
        browser.screenshotWhole("desk-conditions-fa");
        step("accept-conditions");
        assertEquals("پرداخت هزینه‌ها", stage());
        browser.signOut();

        browser.signIn("officer", PASSWORD);
        browser.open("/admin/desk/request.xhtml?id=" + id);
        assertFalse(browser.has("#steps\\:date"), "no date before the payment is confirmed");
        step("confirm-payment");
        assertFalse(browser.find("[id$='problem-trace']").getText().isBlank(), "the trace number is asked for");
        browser.screenshot("desk-payment-step-fa");
        browser.find("#steps\\:trace").sendKeys("TRACE884201");
        step("confirm-payment");
        browser.find("#steps\\:date").sendKeys("۱۴۰۵/۰۹/۲۰", Keys.TAB);
        step("announce-date");
        assertTrue(
                browser.find("#visit").getText().contains("۱۴۰۵"),
                browser.find("#visit").getText());
        browser.find("#steps\\:comment").sendKeys("سرویس انشعاب شما اصلاح شد و کابل نو نصب گردید.");
        browser.find("#steps\\:date").sendKeys("1405/09/22", Keys.TAB);
        step("complete");
        assertEquals("انجام شد", stage());
        browser.signOut();

        browser.signIn("citizen", PASSWORD);
        browser.open("/my/");
        assertTrue(browser.find("#my-requests").getText().contains("انجام شد"));
        browser.open("/my/request.xhtml?id=" + id);
        assertTrue(browser.find("#answer").getText().contains("کابل نو نصب گردید"));
        browser.find("#rating\\:stars input[value='5']").click();
        browser.find("#rating\\:feedback").sendKeys("سریع و بی‌دردسر");
        browser.clickToLoad("#rating\\:send-rating");
        assertTrue(browser.find("#rating-given").getText().contains("۵"));
        assertFalse(browser.has("#rating\\:send-rating"), "rated once");
        browser.screenshotWhole("desk-answer-fa");
        browser.signOut();
    }

    @Test
    void theDeskSpeaksEnglishToo() throws Exception {
        browser.open("/lang/en?back=/");
        try {
            browser.signIn("citizen", PASSWORD);
            String[] submitted = submitBranchCorrection();
            assertTrue(browser.find("#receipt").getText().contains("Electronic receipt"));
            assertTrue(submitted[1].matches("\\d{4}-\\d{4}-\\d{4}-\\d{2}"), submitted[1]);
            String due = browser.find("#due-on").getText();
            assertTrue(
                    due.matches("(?s).*\\d{4} AP \\([A-Z][a-z]+ \\d{1,2}, 20\\d\\d\\).*"),
                    "Jalali, Gregorian beside: " + due);
            browser.screenshot("desk-receipt-en");
            browser.clickToLoad("#open-request");
            assertEquals("Form under review at the office", stage());
            browser.signOut();
            browser.open("/lang/en?back=/");

            browser.signIn("clerk", PASSWORD);
            browser.open("/admin/desk/request.xhtml?id=" + submitted[0]);
            step("approve-form");
            assertEquals("Debt settlement", stage());
            assertTrue(browser.find("#messages").getText().contains("Done: The office approves the form"));
            browser.signOut();
            browser.open("/lang/en?back=/");

            browser.open("/track/?code=" + submitted[1] + "&nationalId=" + NATIONAL_ID);
            assertEquals("Debt settlement", browser.find("#current-stage").getText());
            assertTrue(
                    browser.find("#next").getText().contains("settle the debt"),
                    browser.find("#next").getText());
            browser.screenshot("desk-track-en");
        } finally {
            browser.open("/lang/fa?back=/");
        }
    }

    @Test
    void anExecutableRenamedPdfIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        browser.open("/catalog/?q=" + URLEncoder.encode("اصلاح سرویس انشعاب", StandardCharsets.UTF_8));
        browser.clickToLoad(".service-link");
        browser.clickToLoad("#start");
        assertEquals("/login.xhtml", browser.path(), "a visitor signs in first");
        browser.find("#login\\:username").sendKeys("citizen");
        browser.find("#login\\:password").sendKeys(PASSWORD);
        browser.clickToLoad("#login\\:submit");
        assertEquals("/my/new.xhtml", browser.path(), "and goes on to the form");
        fillForm();
        browser.find(".document-identity")
                .sendKeys(file("setup.pdf", DeskSamples.executable()).toString());
        browser.clickToLoad("#request\\:submit");
        assertEquals("/my/new.xhtml", browser.path());
        assertTrue(
                browser.find(".problem-document-identity").getText().contains("PDF"),
                browser.find(".problem-document-identity").getText());
        assertEquals("۰۴۹۹۳۷۰۸۹۹", browser.find("#request\\:nationalId").getDomProperty("value"));
        assertEquals("پارگی کابل سرویس", browser.find(".field-problem").getDomProperty("value"));
        browser.screenshotWhole("desk-refused-upload-fa");
        browser.signOut();
    }

    @Test
    void theTrackingPageNeedsTheCodeAndTheRightNationalId() throws Exception {
        browser.signIn("citizen", PASSWORD);
        String code = submitBranchCorrection()[1];
        browser.signOut();

        browser.open("/track/");
        browser.find("#code").sendKeys(code);
        browser.find("#nationalId").sendKeys(DeskSamples.OTHER_NATIONAL_ID);
        browser.clickToLoad("#track-submit");
        assertFalse(browser.has("#tracked"), "nothing about the request");
        assertFalse(browser.source().contains("پارگی"), "nothing about the request");
        assertTrue(browser.find("#messages").getText().contains("یافت نشد"));

        browser.find("#nationalId").clear();
        browser.find("#nationalId").sendKeys(NATIONAL_ID);
        browser.clickToLoad("#track-submit");
        assertTrue(browser.has("#current-stage"), () -> browser.find("#content").getText());
        assertEquals("بررسی فرم در دفتر", browser.find("#current-stage").getText());
        assertTrue(browser.find("#tracked").getText().contains("امور برق ناحیه یک قم"), "the unit, not a person");
        browser.screenshot("desk-track-fa");
    }

    @Test
    void oneCitizenCannotOpenAnothersRequestOrDocument() throws Exception {
        browser.signIn("citizen", PASSWORD);
        String id = submitBranchCorrection()[0];
        browser.open("/my/request.xhtml?id=" + id);
        String document = browser.attribute("a.document", "href");
        browser.signOut();

        browser.signIn("citizen2", PASSWORD);
        browser.open("/my/request.xhtml?id=" + id);
        assertFalse(browser.has("#current-stage"));
        assertTrue(
                browser.source().contains("404") || browser.find("h1").getText().contains("یافت نشد"),
                () -> browser.find("h1").getText());
        assertEquals(404, get(document).statusCode(), "the document is not theirs");
        browser.signOut();
    }
}
