package be.koers.system;

import be.koers.testing.ApiClient;
import be.koers.testing.KoersSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person opens a service's API docs in a real browser (Debian's Chromium), presses Authorize, signs in at the local
 * issuer and allows the docs; Swagger UI then holds an access token that the services accept.
 */
class SwaggerUiSignInTest {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void chromium() throws IOException {
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("koers-chromium"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void theApiDocsSignInThroughTheIssuer() {
        KoersSystem koers = SharedKoers.get();
        browser.get(koers.commandService.url() + "/swagger-ui/index.html");
        click("button.authorize");
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".auth-container")));
        String docs = browser.getWindowHandle();
        dialog.findElement(By.cssSelector("button.authorize")).click();

        wait.until(ExpectedConditions.numberOfWindowsToBe(2));
        browser.getWindowHandles().stream().filter(handle -> !handle.equals(docs)).findFirst()
                .ifPresent(handle -> browser.switchTo().window(handle));
        // a user who never allowed anything, so that the issuer asks for consent (it remembers a consent per user)
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys("planner@docs-" + UUID.randomUUID());
        browser.findElement(By.name("password")).sendKeys("planner");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // the consent page: the docs ask to act as the planner in Koers
        click("button#allow");

        wait.until(ExpectedConditions.numberOfWindowsToBe(1));
        browser.switchTo().window(docs);
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[contains(@class, 'auth-container')]//button[normalize-space() = 'Logout']")));
        } catch (RuntimeException e) {
            throw new AssertionError("not signed in; the dialog says: " + browser.findElement(By.cssSelector(".auth-container")).getText(), e);
        }
        String token = (String) ((JavascriptExecutor) browser).executeScript(
                "return window.ui.authSelectors.authorized().toJS().koers.token.access_token");

        assertThat(token).isNotBlank();
        ApiClient.Response legislatures = ApiClient.withToken(koers.queryService.url(), token).get("/api/legislatures");
        assertThat(legislatures.status()).as(legislatures.body()).isEqualTo(200);
    }

    private void click(String selector) {
        try {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector))).click();
        } catch (RuntimeException e) {
            throw new AssertionError("no " + selector + " on " + browser.getCurrentUrl() + ": " + browser.findElement(By.tagName("body")).getText(), e);
        }
    }
}
