package org.chainmap.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.chainmap.TestFolders;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system packages (Debian {@code chromium} and {@code chromium-driver}), never a downloaded
 * browser: the binary and the driver are given explicitly. Where they are missing the browser tests are skipped,
 * unless {@code CHAINMAP_BROWSER_TESTS=required} (set by {@code .ci/run}), where they fail and say what to install.
 */
final class Browser {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHAINMAP_CHROMIUM", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("CHAINMAP_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browser() {}

    static void requireInstalled() {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
        String message = "browser tests need Chromium at " + CHROMIUM + " and ChromeDriver at " + DRIVER
                + " (Debian: apt-get install chromium chromium-driver; or set CHAINMAP_CHROMIUM / CHAINMAP_CHROMEDRIVER)";
        if (!present && "required".equals(System.getenv("CHAINMAP_BROWSER_TESTS"))) {
            fail(message);
        }
        assumeTrue(present, message);
    }

    /**
     * A fresh headless browser with its own profile (removed when the tests end), downloading into {@code downloads}
     * without asking.
     */
    static ChromeDriver start(Path downloads) {
        Path profile = TestFolders.create("chromium-");
        TestFolders.deleteOnExit(profile, () -> {});
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-quic",
                "--no-first-run",
                "--disable-component-update",
                "--disable-sync",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads.toAbsolutePath().toString()));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1366, 768));
        return driver;
    }

    /** Opens a route of the web view in Chinese and waits until its page is drawn with its data. */
    static void open(ChromeDriver driver, String base, String route) {
        driver.get(base + "/?lang=zh#/" + route);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> driver.executeScript(
                        "const m = document.getElementById('page'); return !!m && m.dataset.ready === 'true'"
                                + " && !m.querySelector('.state.loading');"));
    }

    /** Stops the browser and the app, whichever of them started. */
    static void stop(ChromeDriver driver, io.javalin.Javalin app) {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.stop();
        }
    }

    static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
