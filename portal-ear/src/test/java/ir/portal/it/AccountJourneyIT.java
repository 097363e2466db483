package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.accounts.Mailbox;
import ir.portal.i18n.PersianDigits;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A newcomer from nothing to a signed-in account in the browser: registration, the link in the mail (GreenMail
 * plays the mail server the test server sends to), the admin's approval, the first sign-in; then someone guessing
 * the password meets the slowdown and the lock, and learns nothing from an unknown name; a sign-in posted from
 * another site is refused.
 */
class AccountJourneyIT extends BrowserIT {

    private static final String PASSWORD = "Anar-Dane-1403";
    private static final Pattern LINK = Pattern.compile("(https?://\\S+token=[A-Za-z0-9_-]+)");

    private static Mailbox mailbox;

    @BeforeAll
    static void startMail() {
        mailbox = new Mailbox();
    }

    @AfterAll
    static void stopMail() {
        mailbox.close();
    }

    @BeforeEach
    void signedOut() {
        browser.signOut();
    }

    @Test
    void aCitizenRegistersConfirmsFromTheMailIsApprovedAndSignsIn() throws Exception {
        Newcomer newcomer = registerAndApprove();
        browser.signIn(newcomer.nationalId(), PASSWORD);
        assertEquals("/my/", browser.path(), "the approved citizen lands in their area");
        assertTrue(browser.find("#signed-in-as").getText().contains("نرگس امیری"));
        browser.signOut();
    }

    @Test
    void aCitizenChangesTheirMailByItsLinkAndTurnsOnTwoStepSignInAndADisabledAccountsSessionEnds() throws Exception {
        Newcomer newcomer = registerAndApprove();
        browser.signIn(newcomer.nationalId(), PASSWORD);
        browser.open("/my/profile.xhtml");
        assertEquals(
                PersianDigits.toPersian(newcomer.nationalId()),
                browser.find("#profile-national-id").getText());
        String newEmail = "moved-" + UUID.randomUUID() + "@example.org";
        browser.find("#profile\\:email").sendKeys(newEmail);
        browser.find("#profile\\:changeEmail").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.has(".message-info"));
        assertEquals(newcomer.email(), browser.find("#profile-email").getText(), "the old address until the link");
        browser.driver().get(link(mailbox.awaitSubject(newEmail, "نشانی رایانامه خود را در پرتال تأیید کنید")));
        browser.clickToLoad("#confirm\\:submit");
        browser.open("/my/profile.xhtml");
        assertEquals(newEmail, browser.find("#profile-email").getText());

        browser.find("#profile\\:startSecondFactor").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.has("#secret"));
        String secret = browser.find("#secret").getText().replace(" ", "");
        browser.find("#profile\\:code").sendKeys(DemoCodes.of(secret));
        browser.find("#profile\\:confirmSecondFactor").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.has("#recovery-codes"));
        assertEquals(
                10,
                browser.driver()
                        .findElements(By.cssSelector("#recovery-codes li"))
                        .size());
        browser.screenshotWhole("my-profile-fa");
        browser.signOut();

        browser.open("/login.xhtml");
        browser.find("#login\\:username").sendKeys(newcomer.nationalId());
        browser.find("#login\\:password").sendKeys(PASSWORD);
        browser.submitAndWait("#login\\:submit");
        assertEquals("/login-code.xhtml", browser.path(), "the code is asked for now");
        browser.screenshot("login-code-fa");
        browser.find("#step\\:code").sendKeys(DemoCodes.of(secret));
        browser.submitAndWait("#step\\:submit");
        assertEquals("/my/", browser.path());
        String session = "JSESSIONID="
                + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertEquals(200, Http.get("/my/", session).statusCode());

        browser.signOut();
        browser.signIn("admin", "demo1234");
        browser.open("/admin/accounts.xhtml");
        browser.find("#accounts\\:text").sendKeys(newcomer.nationalId());
        browser.find("#accounts\\:search").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#accounts\\:table_data tr"))
                                        .size()
                                == 1
                        && d.findElement(By.cssSelector("#accounts\\:table_data tr"))
                                .getText()
                                .contains(newcomer.nationalId()));
        browser.find("#accounts\\:table_data button[id$=':disable']").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("reason:text")).isDisplayed());
        browser.find("#reason\\:text").sendKeys("آزمون پایان نشست");
        browser.find("#reason\\:disable").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.has(".message-info"));
        browser.screenshot("admin-disabled-fa");

        HttpResponse<String> after = Http.get("/my/", session);
        assertEquals(302, after.statusCode(), "the citizen's open session ended at once");
        assertTrue(after.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        browser.signOut();
    }

    /** A newcomer's way in through the browser, up to the admin's approval and its mail. */
    private Newcomer registerAndApprove() throws Exception {
        String nationalId = Mailbox.newNationalId();
        String email = "newcomer-" + UUID.randomUUID() + "@example.org";
        browser.open("/login.xhtml");
        browser.clickToLoad("#register");
        browser.find("#register\\:nationalId").sendKeys(nationalId);
        browser.find("#register\\:displayName").sendKeys("نرگس امیری");
        browser.find("#register\\:mobile").sendKeys("09121234567");
        browser.find("#register\\:email").sendKeys(email);
        browser.find("#register\\:password").sendKeys(PASSWORD);
        browser.find("#register\\:repeat").sendKeys(PASSWORD);
        browser.screenshot("register-fa");
        browser.clickToLoad("#register\\:submit");
        assertTrue(
                browser.find("#done").getText().contains("رایانامه"),
                browser.find("#done").getText());

        String link = link(mailbox.awaitSubject(email, "نشانی رایانامه خود را در پرتال تأیید کنید"));
        browser.driver().get(link);
        browser.clickToLoad("#confirm\\:submit");
        assertTrue(browser.has("#confirmed"), "the address is confirmed");
        browser.screenshot("confirmed-fa");

        browser.signIn(nationalId, PASSWORD);
        assertEquals("/login.xhtml", browser.path());
        assertTrue(
                browser.find(".message-error").getText().contains("در انتظار تأیید"),
                "pending, told after the password");

        browser.signIn("admin", "demo1234");
        browser.open("/admin/accounts.xhtml?status=PENDING");
        String row = "#accounts\\:table_data tr";
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(row)).stream()
                        .anyMatch(r -> r.getText().contains(nationalId)));
        browser.screenshot("admin-pending-fa");
        browser.driver().findElements(By.cssSelector(row)).stream()
                .filter(r -> r.getText().contains(nationalId))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("button[id$=':approve']"))
                .click();
        browser.find("#accounts\\:confirmYes").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.has(".message-info"));
        mailbox.awaitSubject(email, "حساب شما در پرتال تأیید شد");
        browser.signOut();
        return new Newcomer(nationalId, email);
    }

    private record Newcomer(String nationalId, String email) {}

    @Test
    void wrongPasswordsMeetTheSlowdownThenTheLockAndAnUnknownNameGetsTheSameMessages() throws Exception {
        String unknown = "guess-" + Long.toString(System.nanoTime(), 36);
        String[] forUnknown = new String[5];
        String[] forCitizen = new String[5];
        for (int i = 0; i < 5; i++) {
            forUnknown[i] = wrong(unknown);
            forCitizen[i] = wrong("citizen2");
        }
        assertEquals(Arrays.asList(forUnknown), Arrays.asList(forCitizen), "the same answers whatever the name");
        assertEquals("نام کاربری یا گذرواژه درست نیست.", forCitizen[0]);
        assertTrue(forCitizen[4].contains("۱ ثانیه دیگر دوباره امتحان کنید"), forCitizen[4]);
        browser.screenshot("sign-in-slowdown-fa");
        Thread.sleep(1100);
        browser.signIn("citizen2", "demo1234");
        assertEquals("/my/", browser.path(), "the right password after the wait, and the count starts again");
        browser.signOut();

        for (int i = 6; i <= 10; i++) {
            Thread.sleep(1000L << (i - 6));
            wrong(unknown);
        }
        String locked = wrong(unknown);
        assertTrue(locked.contains("۱۵ دقیقه"), locked);
        browser.screenshot("sign-in-locked-fa");
        assertFalse(browser.has("#signed-in-as"));
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> page = Http.get("/login.xhtml");
        String form = "login=login&login%3Ausername=citizen&login%3Apassword=demo1234&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(Http.viewState(page.body()), StandardCharsets.UTF_8);
        for (Optional<String> origin : new Optional[] {Optional.of("https://evil.example"), Optional.empty()}) {
            HttpRequest.Builder post = HttpRequest.newBuilder(PortalDeployment.url("/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            origin.ifPresent(o -> post.header("Origin", o));
            HttpResponse<String> answer =
                    HttpClient.newHttpClient().send(post.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, answer.statusCode(), "origin " + origin);
            assertTrue(answer.body().contains("error-403"), "the portal's 403 page");
            assertFalse(answer.headers().firstValue("Set-Cookie").orElse("").contains("JSESSIONID"), "no session");
        }
    }

    /** Types a wrong password for the name and gives the message the page shows. */
    private static String wrong(String username) {
        browser.open("/login.xhtml");
        browser.find("#login\\:username").sendKeys(username);
        browser.find("#login\\:password").sendKeys("Not-The-Password-1");
        browser.submitAndWait("#login\\:submit");
        return browser.find(".message-error").getText();
    }

    private static String link(MimeMessage mail) {
        Matcher m = LINK.matcher(Mailbox.body(mail));
        assertTrue(m.find(), "a link in the mail");
        URI link = URI.create(m.group(1));
        assertEquals(
                PortalDeployment.origin(), link.getScheme() + "://" + link.getAuthority(), "a link to this portal");
        return link.toString();
    }
}
