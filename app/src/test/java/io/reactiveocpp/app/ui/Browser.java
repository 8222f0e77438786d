package io.reactiveocpp.app.ui;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A headless chromium driven through its chromedriver, both the system's ({@code apt-get install -y chromium
 * chromium-driver}): Selenium is handed both files, so Selenium Manager never looks for (or downloads) either.
 * Each browser gets a fresh profile in a temporary directory; {@link #close()} quits it (chromedriver ends the
 * chromium it started) and stops that chromedriver, nothing else.
 *
 * <p>Without chromium or chromedriver on the {@code PATH} the calling test is skipped (a JUnit assumption)
 * with the install command, unless the browser is required: when the environment variable {@code CI} is set
 * (the CI runner sets it) or the system property {@code ui.browser.required} is {@code true}, a missing browser
 * fails the test instead.
 */
final class Browser implements AutoCloseable {

    /** What installs the browser on Debian. */
    static final String INSTALL = "apt-get install -y chromium chromium-driver";
    /** Where {@link #screenshot} writes: the app module's {@code target/ui-screenshots}. */
    static final String CHROMIUM = "chromium";
    static final String CHROMEDRIVER = "chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");
    /** How long {@link #await()} waits for a condition: bounded, well above a page's reaction on a busy machine. */
    static final Duration WAIT = Duration.ofSeconds(10);

    final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Skips the calling test (a JUnit assumption) when chromium or chromedriver is missing, naming what and the
     * install command, or fails it when the browser is {@link #required()}. For {@code @BeforeEach}: surefire
     * does not report a class skipped in {@code @BeforeAll}, so each test says for itself why it did not run.
     */
    static void assumeInstalled() {
        if (!installed()) {
            String missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(name -> onPath(name).isEmpty())
                    .reduce((a, b) -> a + " and " + b).orElseThrow();
            String message = "the browser tests need chromium and chromedriver on the PATH; " + missing
                    + " not found (install: " + INSTALL + ")";
            if (required()) {
                throw new IllegalStateException(message + "; required here (CI is set or -Dui.browser.required=true)");
            }
            Assumptions.abort(message);
        }
    }

    /** Whether both chromium and chromedriver are on the {@code PATH}. */
    static boolean installed() {
        return onPath(CHROMIUM).isPresent() && onPath(CHROMEDRIVER).isPresent();
    }

    /** Starts headless chromium with a {@code width}×{@code height} window, after {@link #assumeInstalled()}. */
    static Browser start(int width, int height) {
        assumeInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("rocpp-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(onPath(CHROMIUM).orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(onPath(CHROMEDRIVER).orElseThrow().toFile()).usingAnyFreePort().build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(WAIT);
            return new Browser(service, driver, profile);
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            throw e;
        }
    }

    /** Whether a missing browser is a failure rather than a skip. */
    static boolean required() {
        String ci = System.getenv("CI");
        return (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false"))
                || Boolean.getBoolean("ui.browser.required");
    }

    /** A wait of at most {@link #WAIT} on this browser; its failure tells where the browser is and what it shows. */
    WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(50));
        wait.withMessage(this::whereAmI);
        return wait;
    }

    /** The current URL and the start of the page's text, for failure messages. */
    String whereAmI() {
        try {
            String text = driver.findElement(By.tagName("body")).getText();
            return "at " + driver.getCurrentUrl() + ", showing: "
                    + (text.length() > 1500 ? text.substring(0, 1500) + "…" : text);
        } catch (RuntimeException e) {
            return "at " + driver.getCurrentUrl() + " (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** The browser as a plain {@link WebDriver}. */
    WebDriver driver() {
        return driver;
    }

    /**
     * A PNG of the whole current page as it lays out {@code width} CSS pixels wide (a device-metrics override,
     * so that even 360 px, below chromium's smallest window, is the real layout width), to
     * {@code target/ui-screenshots/<name>-<width>.png}; returns the file. The override is cleared afterwards.
     */
    Path screenshot(String name, int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            Number height = (Number) driver.executeScript(
                    "return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0);");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
                            "height", Math.max(1, height.intValue()), "scale", 1)));
            byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover temporary profile is harmless; the test's outcome does not depend on it
        }
    }
}
