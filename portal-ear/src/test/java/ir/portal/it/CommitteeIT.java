package ir.portal.it;

import static ir.portal.it.DeskFiles.download;
import static ir.portal.it.DeskFiles.file;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.demo.DemoData;
import ir.portal.desk.DeskSamples;
import ir.portal.i18n.JalaliDate;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new e-service through the committee in the browser: the editor proposes and submits, the portal expert
 * screens, schedules and runs the meeting, four of the five members vote (one abstains, one in English), the
 * secretary closes the item and the meeting, the minutes PDF lists the votes, the portal expert makes its desk
 * workflow, IT completes the task, and an anonymous visitor finds the service in the catalog and can start it.
 */
class CommitteeIT extends BrowserIT {

    private static final String PASSWORD = DemoData.DEMO_PASSWORD;

    @Test
    void aUnitsProposalGoesThroughAMeetingIntoTheCatalog() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String title = "انشعاب موقت نمایشگاه " + mark;

        browser.signIn("editor", PASSWORD);
        browser.open("/committee/");
        browser.screenshot("committee-index-fa");
        browser.clickToLoad("#propose");
        type("#proposal\\:title", title);
        type("#proposal\\:usersPerYear", "120000");
        type("#proposal\\:titleEn", "Temporary connection for fairs " + mark);
        type("#proposal\\:descriptionFa", "برق موقت برای نمایشگاه‌ها بدون مراجعه‌ی حضوری");
        type("#proposal\\:providerFa", "شرکت توزیع نیروی برق استان قم");
        browser.clickToLoad("#proposal\\:save");
        assertEquals(title, browser.find("#proposal-title").getText());
        assertEquals("پیش‌نویس", browser.find("#proposal-status").getText());
        String proposal = query(browser.driver().getCurrentUrl());
        browser.find("#attach\\:file")
                .sendKeys(file("مطالعه-امکان‌سنجی.pdf", DeskSamples.pdf()).toString());
        browser.clickToLoad("#attach\\:add");
        assertEquals("مطالعه-امکان‌سنجی.pdf", browser.find(".proposal-file").getText(), "the unit's study is attached");
        browser.screenshot("committee-proposal-draft-fa");
        browser.clickToLoad("#step\\:submit");
        assertEquals("ارسال‌شده", browser.find("#proposal-status").getText());
        browser.signOut();

        browser.signIn("expert", PASSWORD);
        browser.open("/committee/proposal.xhtml?id=" + proposal);
        browser.clickToLoad("#step\\:screen");
        assertEquals("در انتظار دستور جلسه", browser.find("#proposal-status").getText());
        browser.open("/committee/");
        browser.find("#schedule\\:day")
                .sendKeys(JalaliDate.of(LocalDate.now().plusDays(1)).toString(), Keys.TAB);
        type("#schedule\\:place", "سالن جلسات ستاد");
        // a person moving on to the next field sees the calendar close; the click waits for that as a person would
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d ->
                        d.findElements(By.cssSelector("jdp-container")).stream().noneMatch(WebElement::isDisplayed));
        browser.clickToLoad("#schedule\\:scheduleMeeting");
        String meeting = query(browser.driver().getCurrentUrl());
        new Select(browser.find("#agenda\\:proposal")).selectByValue(proposal);
        browser.clickToLoad("#agenda\\:add");
        for (String member : List.of("committee", "committee2", "committee3", "committee4")) {
            browser.find("#attendance input[value='" + member + "']").click();
        }
        browser.clickToLoad("#attendance\\:saveAttendance");
        browser.find("#attendance\\:open").click();
        browser.find("#attendance\\:confirmYes");
        browser.clickToLoad("#attendance\\:confirmYes");
        assertEquals("در حال برگزاری", browser.find("#meeting-status").getText());
        assertTrue(
                browser.find("#rule").getText().contains("۴"),
                "a quorum of four: " + browser.find("#rule").getText());
        browser.signOut();

        browser.signIn("committee", PASSWORD);
        browser.open("/committee/proposal.xhtml?id=" + proposal);
        assertArrayEquals(
                DeskSamples.pdf(),
                download(browser.attribute(".proposal-file", "href")),
                "a member reads the proposal's file before voting");
        assertFalse(browser.has("#attach\\:file"), "and cannot change the files");
        browser.signOut();
        vote("committee", meeting, ".vote-approve", "به شاخص ۱۰ کمک می‌کند");
        browser.open("/lang/en");
        vote("committee2", meeting, ".vote-approve", "Good for the index");
        assertTrue(browser.find("#item-1").getText().contains("Approve"), "the votes in English");
        browser.screenshot("committee-meeting-en");
        browser.open("/lang/fa");
        vote("committee3", meeting, ".vote-approve", null);
        vote("committee4", meeting, ".vote-abstain", "برآورد هزینه لازم است");

        browser.signIn("expert", PASSWORD);
        browser.open("/committee/meeting.xhtml?id=" + meeting);
        type("#item-1 textarea", "اتصال به سامانه‌ی مشترکین");
        browser.clickToLoad("#item-1 .close-item");
        assertTrue(
                browser.find("#item-1 .decision").getText().contains("تصویب"),
                browser.find("#item-1").getText());
        browser.find("#attendance\\:closeMeeting").click();
        browser.find("#attendance\\:confirmYes");
        browser.clickToLoad("#attendance\\:confirmYes");
        assertEquals("بسته", browser.find("#meeting-status").getText());
        browser.screenshot("committee-meeting-closed-fa");
        try (PDDocument pdf = Loader.loadPDF(download(browser.attribute("#minutes-link", "href")))) {
            String text = text(pdf);
            assertTrue(text.contains("محمدجعفری") && text.contains("لیلامرادی"), "the members present: " + text);
            assertTrue(text.contains("موافق۳،مخالف۰،ممتنع۱"), "the counts: " + text);
            assertTrue(text.contains("برآوردهزینهلازماست"), "the comments: " + text);
            assertTrue(text.contains("تصویب"), "the decision: " + text);
        }
        browser.open("/committee/proposal.xhtml?id=" + proposal);
        browser.clickToLoad("#workflow-link");
        browser.find("#workflow\\:save").click();
        browser.find("#workflow\\:confirmYes").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("ذخیره شد"));
        browser.signOut();

        browser.signIn("operator", PASSWORD);
        browser.open("/committee/provisioning.xhtml");
        String task = "#task-" + proposal;
        for (String item : List.of("infrastructure", "databaseLink", "workflowAttached", "tested")) {
            browser.find(task + " input[id$='" + item + "']").click();
        }
        browser.screenshot("committee-provisioning-fa");
        browser.clickToLoad(task + " .save-checklist");
        browser.find(task + " .close-task").click();
        browser.find("#tasks\\:confirmYes");
        browser.clickToLoad("#tasks\\:confirmYes");
        assertFalse(browser.has(task + " .close-task"), "the task is done");
        dashboard();
        browser.signOut();

        browser.open("/catalog/?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertTrue(browser.find("main").getText().contains(title), "the anonymous visitor finds the new service");
        browser.clickToLoad(".service-link");
        assertTrue(browser.has("#start"), "and can start it: the service takes requests on the desk");
    }

    /** IT's view of the committee's figures, with the service it just published among them, in both languages. */
    private static void dashboard() {
        browser.open("/committee/");
        browser.clickToLoad("#dashboard-link");
        String published = browser.find("#by-status tr.status-PUBLISHED td").getText();
        assertTrue(
                published.matches("[۱-۹][۰-۹]*"), "at least the one just published, in Persian digits: " + published);
        assertTrue(browser.find("#by-status canvas").isDisplayed(), "the states as a chart");
        assertTrue(browser.has("#by-audience tr.audience-G2C"), "and by audience type");
        assertTrue(
                browser.find("#to-publication .p90").getText().matches("[۰-۹]+"),
                "the working days to publication: "
                        + browser.find("#to-publication").getText());
        browser.screenshotWhole("committee-dashboard-fa");
        browser.onPhone(() -> {
            for (String page : List.of("/committee/", "/committee/dashboard.xhtml", "/committee/provisioning.xhtml")) {
                browser.open(page);
                assertTrue(browser.overflow() <= 0, page + " is " + browser.overflow() + " px wider than a phone");
            }
            browser.screenshotWhole("committee-dashboard-360-fa");
        });
        browser.open("/lang/en");
        browser.open("/committee/dashboard.xhtml");
        assertEquals("By state", browser.find("#by-status h2").getText().replaceAll(" \\(.*", ""));
        browser.screenshotWhole("committee-dashboard-en");
        browser.open("/committee/");
        browser.screenshot("committee-index-en");
        browser.open("/committee/provisioning.xhtml");
        browser.screenshot("committee-provisioning-en");
        browser.open("/lang/fa");
    }

    private static void vote(String member, String meeting, String choice, String comment) {
        browser.signIn(member, PASSWORD);
        browser.open("/committee/meeting.xhtml?id=" + meeting);
        if (comment != null) {
            type("#item-1 textarea", comment);
        }
        browser.clickToLoad("#item-1 " + choice);
        assertFalse(browser.has("#item-1 " + choice), "one vote per member");
        browser.signOut();
    }

    private static void type(String css, String text) {
        browser.find(css).clear();
        browser.find(css).sendKeys(text);
    }

    private static String query(String url) {
        return URI.create(url).getQuery().replaceAll(".*\\bid=(\\d+).*", "$1");
    }

    /** A PDF's text as it reads: Arabic presentation forms back to letters (NFKC), bidi marks and spaces dropped. */
    private static String text(PDDocument pdf) throws IOException {
        return Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC)
                .replaceAll("[\\s\\u200c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]", "");
    }
}
