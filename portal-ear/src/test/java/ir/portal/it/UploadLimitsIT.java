package ir.portal.it;

import static ir.portal.it.DeskFiles.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.desk.DeskSamples;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 9, defect 2: a form with files names the file that is too large and the limit, in the reader's language,
 * before anything is sent, so the connection never breaks and nothing typed or chosen is lost. The limits come
 * from the server's own (portal.upload.max-post-bytes: 10 MB a post, 5 MB a file).
 */
class UploadLimitsIT extends BrowserIT {

    private static final int MB = 1024 * 1024;

    @BeforeEach
    void signedInAtTheRequestForm() {
        browser.open("/lang/fa?back=/");
        browser.signOut();
        browser.signIn("citizen", "demo1234");
        browser.open("/catalog/?q=" + URLEncoder.encode("اصلاح سرویس انشعاب", StandardCharsets.UTF_8));
        browser.clickToLoad(".service-link");
        browser.clickToLoad("#start");
    }

    @Test
    void aFileOverTheLimitIsNamedUnderItsInputAndNothingElseIsLost() throws Exception {
        String form = browser.path();
        browser.find("#request\\:mobile").clear();
        browser.find("#request\\:mobile").sendKeys("۰۹۱۲ ۱۲۳ ۴۵۶۷");
        browser.find(".document-identity")
                .sendKeys(file("scan-11mb.pdf", sized(11 * MB)).toString());
        browser.find(".document-photo")
                .sendKeys(file("branch.png", DeskSamples.png()).toString());
        browser.find("#request\\:submit").click();

        String message = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            String text = browser.find(".document-identity")
                    .findElement(By.xpath("./ancestor::div[contains(@class,'field')][1]//*[contains(@id,'problem-')]"))
                    .getText();
            return text.isBlank() ? null : text;
        });
        assertTrue(message.contains("scan-11mb.pdf") && message.contains("۵ مگابایت"), message);
        assertEquals(form, browser.path(), "nothing was sent");
        assertEquals("۰۹۱۲ ۱۲۳ ۴۵۶۷", browser.find("#request\\:mobile").getAttribute("value"), "what was typed stays");
        assertTrue(
                browser.find(".document-photo").getAttribute("value").endsWith("branch.png"), "the other file stays");
        assertEquals(
                "", browser.find(".document-identity").getAttribute("value"), "the large file is to be chosen again");
        browser.screenshot("upload-too-large-fa");
    }

    @Test
    void filesOverWhatOneFormSendsTogetherAreRefusedBeforeSending() throws Exception {
        browser.open("/lang/en?back=" + browser.path() + "?" + query());
        String form = browser.path();
        browser.find(".document-identity")
                .sendKeys(file("scan-a.pdf", sized(5 * MB)).toString());
        browser.find(".document-photo")
                .sendKeys(file("scan-b.pdf", sized(5 * MB)).toString());
        browser.find("#request\\:submit").click();

        String message = waitFor(".upload-summary").getText();
        assertTrue(message.contains("together") && message.contains("9.9 MB"), message);
        assertEquals(form, browser.path(), "nothing was sent");
        assertFalse(browser.find(".document-identity").getAttribute("value").isEmpty(), "each file alone may stay");
        browser.screenshot("upload-too-large-together-en");
        browser.open("/lang/fa?back=/");
    }

    private static String query() {
        return URI.create(browser.driver().getCurrentUrl()).getRawQuery();
    }

    private static WebElement waitFor(String css) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .filter(e -> !e.getText().isBlank())
                        .findFirst()
                        .orElse(null));
    }

    /** A real PDF grown to the size: what a large scan is to the portal. */
    private static byte[] sized(int bytes) {
        byte[] pdf = DeskSamples.pdf();
        byte[] grown = Arrays.copyOf(pdf, bytes);
        Arrays.fill(grown, pdf.length, bytes, (byte) ' ');
        return grown;
    }
}
