package be.koers.web.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;

/**
 * Debian's Chromium through Debian's ChromeDriver ({@code apt-get install chromium chromium-driver}, which
 * {@code infra/koers test} does when they are missing), headless, in one language: Selenium never downloads a
 * browser or a driver of its own.
 */
public final class Chromium {

    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    /** A fresh browser (its own profile: no cookies) that asks for pages in the given language. */
    public static ChromeDriver start(Locale language) {
        try {
            ChromeOptions options = new ChromeOptions().setBinary(BROWSER).addArguments("--headless=new",
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1280,1000", "--lang=" + language.toLanguageTag(),
                    "--user-data-dir=" + Files.createTempDirectory("koers-chromium"));
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language.toLanguageTag()));
            ChromeDriverService driver = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
            return new ChromeDriver(driver, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
