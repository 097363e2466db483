package ir.portal.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, through Debian's chromedriver (no driver download: this machine has no network
 * beyond the package registries).
 */
public final class Browser implements AutoCloseable {

    /** axe-core's script, copied into the test classes by src/test/frontend/build.sh. */
    private static final Supplier<String> AXE = memoized(() -> {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            return new String(Objects.requireNonNull(in, "axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    private final WebDriver driver;

    private final List<String> accessibility = new ArrayList<>();

    public Browser() {
        System.setProperty(
                "webdriver.chrome.driver", System.getProperty("portal.test.chromedriver", "/usr/bin/chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("portal.test.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public Browser open(String path) {
        driver.get(PortalDeployment.url(path).toString());
        audit();
        return this;
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.cssSelector(css)));
    }

    /** Clicks something that loads a new page, and waits until the new page is there. */
    public Browser clickToLoad(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(page));
        audit();
        return this;
    }

    /**
     * Runs axe-core (npm, src/test/frontend) on the page now shown and keeps its serious and critical findings
     * (WCAG 2.1 A and AA), named with the page and its language, for {@link #accessibilityProblems}.
     */
    private void audit() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AXE.get());
        Object found = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                + " resultTypes: ['violations']}).then(function (r) {"
                + " done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + " .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3)"
                + " .map(function (n) { return n.target.join(' '); }).join(', '); }));"
                + "}).catch(function (e) { done(['axe-core failed: ' + e]); });");
        String where = URI.create(driver.getCurrentUrl()).getPath() + " ["
                + driver.findElement(By.tagName("html")).getAttribute("lang") + "]";
        for (Object problem : (List<?>) found) {
            accessibility.add(where + " " + problem);
        }
    }

    /** What axe-core found serious or critical on the pages opened since the last call. */
    public List<String> accessibilityProblems() {
        List<String> found = List.copyOf(accessibility);
        accessibility.clear();
        return found;
    }

    /** Whether the element belongs to a page that has been replaced (chromedriver says so in two ways). */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    /** The texts of the elements that {@code css} selects, in page order. */
    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String source() {
        return driver.getPageSource();
    }

    public String attribute(String css, String name) {
        return find(css).getDomAttribute(name);
    }

    /**
     * Signs in through the login page as a person would; staff then type the code their authenticator app (with
     * the demo secret) shows.
     */
    public Browser signIn(String username, String password) {
        open("/login.xhtml");
        find("#login\\:username").sendKeys(username);
        find("#login\\:password").sendKeys(password);
        submitAndWait("#login\\:submit");
        if (path().equals("/login-code.xhtml")) {
            find("#step\\:code").sendKeys(DemoCodes.now());
            submitAndWait("#step\\:submit");
        }
        return this;
    }

    /** Presses a form's button that posts the whole page and waits for the page that answers. */
    public void submitAndWait(String button) {
        clickToLoad(button);
    }

    public void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Keeps a picture of the page under target/screenshots for people to look at. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #screenshot}, the whole length of the page. */
    public void screenshotWhole(String name) {
        Dimension size = driver.manage().window().getSize();
        Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(size.getWidth(), ((Number) height).intValue() + 120));
        screenshot(name);
        driver.manage().window().setSize(size);
    }

    /** Shows the pages the steps open on a phone's screen, 360 px wide, then goes back to the desktop's. */
    public void onPhone(Runnable steps) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        try {
            steps.run();
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** How many pixels the page is wider than the window: none when it fits, as on a phone it must. */
    public int overflow() {
        return ((Number) ((JavascriptExecutor) driver)
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .intValue();
    }

    /** What the browser's console said about the Content-Security-Policy since the last call: a refused script. */
    public List<String> securityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
