package be.koers.web.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person at the web app in a real Chromium, in one language: signs in at the issuer's page, opens pages, fills
 * forms, and for every main screen runs axe-core in the page (no serious or critical WCAG 2.1 A/AA violation) and
 * saves a screenshot as {@code <koers.screenshots>/<name>-<language>.png} (web/target/screenshots by default).
 */
public final class Browser implements AutoCloseable {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final String webApp;
    private final Locale language;
    private final WebDriverWait wait;

    public Browser(String webApp, Locale language) {
        this.driver = Chromium.start(language);
        this.webApp = webApp;
        this.language = language;
        // polled often: the Ghent-scale test times what it waits for
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The language's short tag, as in the screenshots' names: nl or en. */
    public String language() {
        return language.getLanguage();
    }

    public void open(String path) {
        driver.get(webApp + path);
    }

    /** Opens the web app and signs in at the issuer's page, allowing the web app when the issuer asks. */
    public void signIn(String user, String password) {
        open("/");
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(user);
            driver.findElement(By.name("password")).sendKeys(password);
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(page -> page.getCurrentUrl().startsWith(webApp) || !page.findElements(By.id("allow")).isEmpty());
            if (!driver.getCurrentUrl().startsWith(webApp)) {
                driver.findElement(By.id("allow")).click();
            }
            wait.until(page -> page.getCurrentUrl().startsWith(webApp) && !page.findElements(By.id("main")).isEmpty());
        } catch (TimeoutException e) {
            screenshot("sign-in-failed");
            throw new AssertionError("not signed in: at " + driver.getCurrentUrl() + ", which says: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Waits until the element is visible; when it does not come, the page is saved beside the screenshots. */
    public WebElement find(String css) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            screenshot("failed");
            save("failed-" + language() + ".html", driver.getPageSource());
            throw e;
        }
    }

    private static void save(String name, String content) {
        try {
            Path file = Path.of(System.getProperty("koers.screenshots", "target/screenshots"), name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value as the page's script would: for date inputs, whose typing depends on the language. */
    public void setValue(String css, String value) {
        script("arguments[0].value = arguments[1]", find(css), value);
    }

    /** The id of the tree's element with this title (its list item is {@code e-<id>}). */
    public String elementId(String title) {
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//li[contains(@class,'node')][./details/summary/span[@class='title' and text()='" + title + "']]")));
        return item.getAttribute("id").substring(2);
    }

    public void choose(String css, String visibleText) {
        new Select(find(css)).selectByVisibleText(visibleText);
    }

    public void chooseValue(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    public void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Waits until the element's text contains the text (htmx swaps happen after the click returns). */
    public WebElement waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /**
     * Waits until the page's heading reads the text. A click that leaves the page may go on through redirects (signing
     * out passes the issuer) after it returns, so the heading read right away can be the old page's, or gone.
     */
    public void awaitHeading(String expected) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), expected));
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits until htmx has no request running. */
    public void settle() {
        wait.until(page -> Boolean.TRUE.equals(script(
                "return window.htmx !== undefined && document.querySelectorAll('.htmx-request').length === 0")));
    }

    /** A main screen: axe-core finds no serious or critical violation of WCAG 2.1 A/AA, and its screenshot is saved. */
    public void check(String screen) {
        screenshot(screen);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        assertThat(blocking).as("axe-core on %s (%s): %s", screen, driver.getCurrentUrl(), describe(blocking)).isEmpty();
    }

    public void screenshot(String screen) {
        Path file = Path.of(System.getProperty("koers.screenshots", "target/screenshots"), screen + "-" + language() + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, fullPage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not only what the window shows (Chromium's own screenshot command). */
    private byte[] fullPage() {
        Number width = (Number) script("return document.documentElement.scrollWidth");
        Number height = (Number) script("return document.documentElement.scrollHeight");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height.intValue(), 8000), "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> node.getTarget().toString()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
