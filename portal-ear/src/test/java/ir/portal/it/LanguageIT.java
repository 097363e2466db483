package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.i18n.JalaliDate;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Persian first, right to left, Jalali dates in Persian digits; English on request, remembered. */
class LanguageIT extends BrowserIT {

    @BeforeEach
    void forgetTheLanguage() {
        browser.signOut();
    }

    @Test
    void theHomePageIsPersianRightToLeftWithTodaysJalaliDateInPersianDigits() {
        browser.open("/");
        assertEquals("rtl", browser.attribute("html", "dir"));
        assertEquals("fa", browser.attribute("html", "lang"));
        String today = browser.find("#today").getText();
        assertEquals(
                JalaliDate.format(LocalDate.now(java.time.ZoneId.of("Asia/Tehran")), Locale.forLanguageTag("fa")),
                today);
        assertTrue(today.matches("[۰-۹]{1,2} \\S+ [۰-۹]{4}"), today);
        assertEquals("پرتال خدمات الکترونیکی", browser.find(".brand-name").getText());
        browser.screenshot("home-fa");
    }

    @Test
    void theSwitchTurnsThePortalEnglishLeftToRightAndIsRemembered() {
        browser.open("/");
        browser.find("#lang-switch").click();
        browser.find("html[dir='ltr']");
        assertEquals("/", browser.path());
        assertEquals("en", browser.attribute("html", "lang"));
        String today = browser.find("#today").getText();
        assertTrue(today.matches("[A-Z][a-z]+ \\d{1,2}, \\d{4}.*"), today);
        assertEquals("E-Services Portal", browser.find(".brand-name").getText());
        browser.screenshot("home-en");

        browser.open("/login.xhtml");
        assertEquals("ltr", browser.attribute("html", "dir"));
        assertEquals("Sign in", browser.find("#login\\:submit").getText());
        browser.screenshot("login-en");

        browser.find("#lang-switch").click();
        browser.find("html[dir='rtl']");
        assertEquals("/login.xhtml", browser.path(), "the switch returns to the same page");
        assertEquals("ورود", browser.find("#login\\:submit").getText());
        browser.screenshot("login-fa");
    }

    /** Issue 9, defect 4: a letter that a bytewise writer turns into "/" must not make "//evil.example". */
    @Test
    void theSwitchSendsBackOnlyToAPathOfThePortal() throws Exception {
        HttpResponse<String> tricked = Http.get("/lang/en?back=/%C4%AFevil.example");
        assertEquals(303, tricked.statusCode());
        assertEquals(
                "/%C4%AFevil.example", tricked.headers().firstValue("Location").orElseThrow());
        for (String elsewhere :
                new String[] {"//evil.example", "/%5Cevil.example", "https://evil.example/", "/%E2%80%AEx"}) {
            HttpResponse<String> refused = Http.get("/lang/fa?back=" + elsewhere);
            assertEquals("/", refused.headers().firstValue("Location").orElseThrow(), elsewhere);
        }
        HttpResponse<String> local = Http.get("/lang/fa?back=/catalog/%3Fq%3D%D8%A8%D8%B1%D9%82");
        assertEquals(
                "/catalog/?q=%D8%A8%D8%B1%D9%82",
                local.headers().firstValue("Location").orElseThrow());
    }
}
