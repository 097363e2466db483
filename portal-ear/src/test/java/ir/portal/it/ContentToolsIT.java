package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 11, what staff keep beside the items and citizens use: a statistics series pasted in and drawn as a chart
 * with its table and CSV; the newsletter's double opt-in and digest; an item's documents going public with its
 * revision; the portal expert's banners, quick links and contact details.
 */
class ContentToolsIT extends BrowserIT {

    @Test
    void staffPasteAWeekOfFiguresAndTheStatisticsChartRendersWithItsTableAndCsv() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String code = "test-load-" + n;
        browser.signIn("editor", "demo1234");
        browser.clickToLoad("#menu-statistics");
        browser.find("#series\\:code").sendKeys(code);
        browser.find("#series\\:titleFa").sendKeys("بار روزانه‌ی پست‌ها " + n);
        browser.find("#series\\:titleEn").sendKeys("Daily substation load " + n);
        browser.find("#series\\:measureFa").sendKeys("مگاوات");
        browser.find("#series\\:measureEn").sendKeys("MW");
        browser.find(".line-fa").sendKeys("پست الف");
        browser.find("#series\\:addLine").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(".line-fa")).size() == 2);
        browser.driver().findElements(By.cssSelector(".line-fa")).get(1).sendKeys("پست ب");
        browser.clickToLoad("#series\\:save");
        assertTrue(
                browser.find("#messages").getText().contains("گزارش ذخیره شد."),
                browser.find("#messages").getText());

        browser.find("#paste\\:pasted")
                .sendKeys("۱۴۰۵/۰۹/۰۱,۱۲۰,۸۰\n1405/09/02;121.5;82\n1405/09/03,نه,1\n1405/09/04,118,79\n");
        browser.clickToLoad("#paste\\:import");
        assertEquals(List.of("سطر ۳: یکی از مقدارهایش عدد نیست."), texts("#bad-lines .bad-line"));
        assertEquals(
                "1405/09/03,نه,1",
                browser.find("#paste\\:pasted").getAttribute("value").strip(),
                "the bad line stays");
        assertEquals(3, texts("#days\\:table .day-shown").size(), "the three good days are kept");
        browser.screenshotWhole("admin-statistics-fa");
        browser.signOut();

        browser.open("/statistics/");
        assertTrue(
                texts(".series-title").contains("حجم آب مخزن سدهای استان"),
                "the demo series: " + texts(".series-title"));
        browser.open("/statistics/series.xhtml?code=" + code + "&year=1405");
        assertEquals("بار روزانه‌ی پست‌ها " + n, browser.find("#series-title").getText());
        assertEquals(3, texts(".series-day").size());
        assertEquals(List.of("۱۱۸", "۷۹"), texts("#series-table tbody tr:first-child .series-value"), "latest first");
        assertEquals(2L, chartDatasets(), "a line per substation, drawn");
        assertEquals(List.of(), browser.securityPolicyViolations(), "the chart starts under the policy");

        java.net.URI href = java.net.URI.create(browser.attribute("#series-csv", "href"));
        String csv = Http.get(href.getRawPath() + "?" + href.getRawQuery()).body();
        assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark, for spreadsheet programs");
        assertEquals(
                "تاریخ (خورشیدی),تاریخ (میلادی),پست الف (مگاوات),پست ب (مگاوات)",
                csv.substring(1).lines().findFirst().orElseThrow());
        assertTrue(csv.contains("1405/09/04,2026-11-25,118,79"), csv);

        browser.open("/statistics/series.xhtml?code=dam-levels");
        assertTrue(texts(".series-day").size() >= 52, "a year of weekly figures");
        assertEquals(2L, chartDatasets());
        browser.screenshotWhole("statistics-fa");
        browser.onPhone(() -> assertEquals(0, browser.overflow(), "the statistics fit a phone"));
        browser.open("/lang/en");
        browser.open("/statistics/series.xhtml?code=rainfall");
        assertEquals(
                "Weekly rainfall at the rain gauges",
                browser.find("#series-title").getText());
        assertEquals(3L, chartDatasets());
        browser.screenshotWhole("statistics-en");
        browser.open("/lang/fa");
    }

    @Test
    void subscribingSendsAConfirmationAndOnlyAConfirmedAddressGetsTheDigest() throws Exception {
        try (ir.portal.accounts.Mailbox mailbox = new ir.portal.accounts.Mailbox()) {
            String confirmed = "reader-" + java.util.UUID.randomUUID() + "@example.org";
            String unconfirmed = "reader-" + java.util.UUID.randomUUID() + "@example.org";
            for (String address : List.of(confirmed, unconfirmed)) {
                browser.open("/");
                browser.clickToLoad("#footer-newsletter");
                browser.find("#subscribe\\:email").sendKeys(address);
                browser.clickToLoad("#subscribe\\:submit");
                assertTrue(browser.find("#asked").getText().startsWith("اگر این نشانی هنوز عضو نباشد"));
            }
            browser.screenshot("newsletter-asked-fa");
            String subject = "تأیید عضویت در خبرنامه‌ی پرتال خدمات الکترونیکی";
            jakarta.mail.internet.MimeMessage asked = mailbox.awaitSubject(confirmed, subject);
            mailbox.awaitSubject(unconfirmed, subject);
            browser.driver().get(newsletterLink(asked, "confirm"));
            browser.clickToLoad("#confirm\\:submit");
            assertTrue(browser.find("#done").getText().startsWith("عضویت شما تأیید شد."));

            browser.signIn("expert", "demo1234");
            browser.open("/admin/content/");
            browser.find("#newsletter-form\\:send").click();
            browser.clickToLoad("#newsletter-form\\:confirmYes");
            assertTrue(
                    browser.find("#messages").getText().contains("در صف فرستادن"),
                    browser.find("#messages").getText());
            browser.signOut();

            jakarta.mail.internet.MimeMessage digest =
                    mailbox.await(confirmed, 2).get(1);
            assertTrue(ir.portal.accounts.Mailbox.subject(digest).startsWith("خبرنامه‌ی پرتال خدمات الکترونیکی:"));
            Thread.sleep(2000);
            assertEquals(1, mailbox.to(unconfirmed).size(), "the unconfirmed address got its confirmation only");
            browser.driver().get(newsletterLink(digest, "leave"));
            browser.clickToLoad("#leave\\:submit");
            assertTrue(browser.find("#done").getText().startsWith("نشانی شما از فهرست خبرنامه برداشته شد"));
        }
    }

    private static String newsletterLink(jakarta.mail.internet.MimeMessage mail, String kind) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "https?://\\S+/newsletter/" + kind + "\\.xhtml\\?t=[A-Za-z0-9_-]+")
                .matcher(ir.portal.accounts.Mailbox.body(mail));
        assertTrue(m.find(), "a " + kind + " link");
        return m.group();
    }

    @Test
    void anEditorAddsTheTendersDocumentsAndVisitorsDownloadThemOnceItIsPublished() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String title = "مناقصه‌ی خرید کابل " + n;
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("tender", ".pdf");
        java.nio.file.Files.write(pdf, ir.portal.desk.DeskSamples.pdf());
        java.nio.file.Path named = pdf.resolveSibling("اسناد مناقصه " + n + ".pdf");
        java.nio.file.Files.move(pdf, named);

        browser.signIn("editor", "demo1234");
        browser.open("/admin/content/edit.xhtml?kind=NEWS");
        browser.find("#item\\:titleFa").sendKeys(title);
        browser.find("#item\\:titleEn").sendKeys("Cable tender " + n);
        browser.find("#item\\:summaryFa").sendKeys("خرید کابل خودنگهدار برای شبکه‌ی روستایی.");
        browser.find("#item\\:summaryEn").sendKeys("Buying cable for the rural network.");
        browser.find("#item\\:bodyFa .ql-editor").sendKeys("اسناد مناقصه پیوست است.");
        browser.find("#item\\:bodyEn .ql-editor").sendKeys("The documents are attached.");
        browser.clickToLoad("#item\\:save");
        assertTrue(browser.has("#attachments"), "documents are added once the item is saved");
        browser.find("#item\\:attachment").sendKeys(named.toString());
        browser.clickToLoad("#item\\:attach");
        assertEquals(List.of("اسناد مناقصه " + n + ".pdf"), texts("#attachments .attachment-name"));
        browser.clickToLoad("#item\\:save");
        assertEquals(List.of("اسناد مناقصه " + n + ".pdf"), texts("#attachments .attachment-name"), "kept by the save");
        browser.screenshotWhole("admin-content-attachments-fa");
        String editUrl = submittedAndPublished();
        assertEquals("منتشرشده", browser.find("#item-status").getText());
        browser.signOut();

        browser.open("/content/?kind=NEWS");
        browser.driver()
                .findElement(By.xpath("//a[contains(@class,'item-link') and normalize-space(.)='" + title + "']"))
                .click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> browser.has("#item-files"));
        assertEquals(List.of("اسناد مناقصه " + n + ".pdf"), texts("#item-files .item-file"));
        java.net.URI href = java.net.URI.create(browser.attribute("#item-files .item-file", "href"));
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(PortalDeployment.url(href.getRawPath()))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        org.junit.jupiter.api.Assertions.assertArrayEquals(ir.portal.desk.DeskSamples.pdf(), download.body());
        browser.screenshotWhole("content-item-files-fa");
    }

    @Test
    void thePortalExpertPutsABannerAQuickLinkAndTheContactDetailsOnThePublicPages() {
        int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        browser.signIn("expert", "demo1234");
        browser.clickToLoad("#menu-site");
        for (String[] link : List.of(
                new String[] {
                    "بنرهای صفحه‌ی اصلی", "طرح پیک‌سایی " + n, "Peak shaving plan " + n, "/content/?kind=NEWS", "BANNER"
                },
                new String[] {"دسترسی سریع صفحه‌ی اصلی", "پرداخت قبض " + n, "Pay a bill " + n, "/catalog/", "QUICK"})) {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("PF('widget_link_place').selectValue(arguments[0]);", link[4]);
            assertEquals(link[0], browser.find("#link\\:place_label").getText(), "the place chosen");
            browser.find("#link\\:titleFa").sendKeys(link[1]);
            browser.find("#link\\:titleEn").sendKeys(link[2]);
            browser.find("#link\\:textFa").sendKeys("از ساعت ۱۲ تا ۱۶ مصرف را کم کنید");
            browser.find("#link\\:address").sendKeys("javascript:alert(1)");
            browser.clickToLoad("#link\\:save");
            assertTrue(
                    browser.find("#link").getText().contains("نشانی‌ای بنویسید که با https:// آغاز شود"),
                    "a script is not an address");
            browser.find("#link\\:address").clear();
            browser.find("#link\\:address").sendKeys(link[3]);
            browser.clickToLoad("#link\\:save");
            assertTrue(
                    browser.find("#messages").getText().contains("پیوند ذخیره شد"),
                    browser.find("#messages").getText());
        }
        browser.find("#contact\\:addressFa").clear();
        browser.find("#contact\\:addressFa").sendKeys("قم، بلوار امین، ساختمان مرکزی " + n);
        browser.find("#contact\\:phone").clear();
        browser.find("#contact\\:phone").sendKeys("025-31001000");
        browser.clickToLoad("#contact\\:saveContact");
        browser.screenshotWhole("admin-site-fa");
        browser.signOut();

        browser.open("/");
        assertTrue(
                texts(".banner-title").contains("طرح پیک‌سایی " + n),
                texts(".banner-title").toString());
        assertTrue(texts(".quick-link").contains("پرداخت قبض " + n));
        browser.screenshotWhole("home-blocks-fa");
        browser.clickToLoad("#footer-contact");
        assertEquals(
                "قم، بلوار امین، ساختمان مرکزی " + n,
                browser.find("#contact-address").getText());
        assertEquals("tel:025-31001000", browser.attribute("#contact-phone", "href"));
        browser.onPhone(() -> assertEquals(0, browser.overflow(), "the contact page fits a phone"));
        browser.open("/lang/en");
        browser.open("/");
        assertTrue(texts(".banner-title").contains("Peak shaving plan " + n));
        assertTrue(texts(".quick-link").contains("Pay a bill " + n));
        browser.open("/contact.xhtml");
        assertEquals(
                "Central building, Amin Boulevard, Qom",
                browser.find("#contact-address").getText(),
                "the demo's English");
        browser.screenshot("contact-en");
        browser.open("/newsletter/");
        browser.screenshot("newsletter-en");
        browser.open("/lang/fa");
    }

    @Test
    void anEditorGivesANewsItemACoverAndTheExpertFeaturesItFirstOnTheHomePage() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String title = "بهره‌برداری از پست " + n;
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(320, 180, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x0b5c8a));
        g.fillRect(0, 0, 320, 180);
        g.dispose();
        java.nio.file.Path picture = java.nio.file.Files.createTempFile("cover", ".jpg");
        javax.imageio.ImageIO.write(image, "jpeg", picture.toFile());

        browser.signIn("editor", "demo1234");
        browser.open("/admin/content/edit.xhtml?kind=NEWS");
        browser.find("#item\\:titleFa").sendKeys(title);
        browser.find("#item\\:titleEn").sendKeys("Substation " + n + " opens");
        browser.find("#item\\:summaryFa").sendKeys("پست تازه برق دو محله را پایدار می‌کند.");
        browser.find("#item\\:bodyFa .ql-editor").sendKeys("پست تازه به شبکه پیوست.");
        browser.find("#item\\:bodyEn .ql-editor").sendKeys("The new substation is on the network.");
        browser.clickToLoad("#item\\:save");
        assertTrue(browser.has("#cover .empty"), "no cover yet");
        browser.find("#item\\:coverFile").sendKeys(picture.toString());
        browser.clickToLoad("#item\\:setCover");
        browser.clickToLoad("#item\\:save");
        assertTrue(browser.has("#cover .cover-name"), "the cover is kept by the save");
        String editUrl = submittedAndPublished();
        browser.signOut();

        browser.signIn("expert", "demo1234");
        browser.driver().get(editUrl);
        browser.clickToLoad("#item\\:feature");
        assertTrue(
                browser.find("#messages").getText().contains("برگزیده شد"),
                browser.find("#messages").getText());
        for (int at = texts("#place-FEATURED .site-link-edit").indexOf(title); at > 0; at--) {
            browser.clickToLoad("#place-FEATURED li.site-link-row:nth-child(" + (at + 1) + ") .move-up");
        }
        assertEquals(title, texts("#place-FEATURED .site-link-edit").get(0), "moved up to the first place");
        browser.signOut();

        browser.open("/");
        assertEquals(title, texts("#featured .featured-link").get(0), "first among the featured items");
        assertTrue(
                (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("const img = document.querySelector('#featured .featured-item img');"
                                + " return img.complete && img.naturalWidth === 320;"),
                "the cover is shown");
        browser.screenshotWhole("home-featured-fa");
        browser.onPhone(() -> assertEquals(0, browser.overflow(), "the featured items fit a phone"));
        browser.clickToLoad("#featured .featured-link");
        assertEquals(
                "image/jpeg",
                Http.get(browser.attribute("#item-cover", "src").replaceFirst("^https?://[^/]+", ""))
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""));

        browser.signIn("expert", "demo1234");
        browser.clickToLoad("#menu-site");
        browser.find("#place-FEATURED .remove-link").click();
        browser.clickToLoad("#links\\:confirmYes");
        browser.signOut();
        browser.open("/");
        assertTrue(!texts("#featured .featured-link").contains(title), "no longer featured");
    }

    @Test
    void thePortalExpertHidesAnEntryOfThePortalsOwnMenuAndShowsItAgain() {
        browser.open("/");
        assertTrue(browser.has("#nav-statistics"), "the statistics are in the menu");
        browser.signIn("expert", "demo1234");
        browser.clickToLoad("#menu-site");
        clickMenuEntryButton("آمار", "hide-link");
        assertTrue(
                browser.find("#messages").getText().contains("پنهان شد"),
                browser.find("#messages").getText());
        browser.screenshotWhole("admin-site-menu-fa");
        browser.signOut();
        browser.open("/");
        assertTrue(!browser.has("#nav-statistics"), "hidden from the public menu");
        assertTrue(browser.has("#nav-news"), "the other entries stay");

        browser.signIn("expert", "demo1234");
        browser.clickToLoad("#menu-site");
        clickMenuEntryButton("آمار", "hide-link");
        browser.signOut();
        browser.open("/");
        assertTrue(browser.has("#nav-statistics"), "shown again");
    }

    /** Clicks a button of the row of one of the portal's own menu entries on the expert's page. */
    private static void clickMenuEntryButton(String entry, String button) {
        String id = browser.driver()
                .findElement(By.xpath("//section[@id='place-MENU']//li[.//span[contains(@class,'builtin') and"
                        + " normalize-space(.)='" + entry + "']]//button[contains(@class,'" + button + "')]"))
                .getAttribute("id");
        browser.clickToLoad("#" + id.replace(":", "\\:"));
    }

    /**
     * The editor sends the item on the page for review and signs out; the unit's manager opens it and publishes it.
     * The address of the item's page in the console.
     */
    private static String submittedAndPublished() {
        String editUrl = browser.driver().getCurrentUrl();
        browser.clickToLoad("#item\\:submit");
        browser.signOut();
        browser.signIn("manager", "demo1234");
        browser.driver().get(editUrl);
        browser.find("#item\\:publish").click();
        browser.clickToLoad("#item\\:confirmYes");
        return editUrl;
    }

    /** How many data sets the Chart.js chart of the page draws, once it has drawn on its canvas. */
    private static long chartDatasets() {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> (Long) ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("const c = document.querySelector('#series-chart canvas');"
                                + " const chart = c && window.Chart && Chart.getChart(c);"
                                + " return chart && c.width > 0 ? chart.data.datasets.length : null;"));
    }

    private static List<String> texts(String css) {
        return browser.texts(css);
    }
}
