package io.reactiveocpp.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Config UI in a real browser (headless chromium, see {@link Browser}) against the whole service on the
 * simulator ({@link UiService}) and Java-OCA-OCPP's server, to the DOM contract of issue 16: login, a parameter
 * change the backend then reads, a refused value with the validator's message, live status updates without a
 * reload, a cross-site form refused, logout, and screenshots at 1280 and 360 px. One service and one browser
 * serve the whole class; each test starts with a fresh login (no cookies) and leaves the other connector alone.
 */
class ConfigUiBrowserTest {

    static final int WIDE = 1280;
    static final int NARROW = 360;

    @TempDir
    static Path dir;
    static UiService service;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        if (Browser.installed()) { // else each test is skipped (or fails under CI) in @BeforeEach
            browser = Browser.start(WIDE, 900);
            service = UiService.start(dir);
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @BeforeEach
    void loggedOut() {
        Browser.assumeInstalled();
        browser.driver.get(service.url("/health"));
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void theBrowserReadsTheServicesHealthAndWritesAScreenshot() throws Exception {
        browser.driver.get(service.url("/health"));
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).isEqualTo("{\"status\":\"UP\"}");

        Path shot = browser.screenshot("health", NARROW);
        byte[] png = Files.readAllBytes(shot);
        assertThat(shot).hasFileName("health-360.png");
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(pngWidth(png)).as("the layout width asked for").isEqualTo(NARROW);
    }

    @Test
    void aWrongPasswordShowsTheErrorAndTheRightOneLandsOnTheStatusPage() {
        browser.driver.get(service.url("/login"));
        submitPassword("not the password");
        WebElement error = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(error.getText()).isNotBlank();
        assertThat(navigationStatus()).as("the login page again, as 401").isEqualTo(401);
        assertThat(browser.driver.manage().getCookieNamed("rocpp-session")).as("no session for a wrong password").isNull();

        submitPassword(UiService.PASSWORD);
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-page=status]")));
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(service.url("/"));
        assertThat(browser.driver.manage().getCookieNamed("rocpp-session")).isNotNull();
    }

    @Test
    void aChangedParameterIsAcceptedAndTheBackendReadsTheNewValue() throws Exception {
        login();
        browser.driver.get(service.url("/parameters"));
        String before = service.ocppValue("WebSocketPingInterval");
        String changed = "60".equals(before) ? "75" : "60";

        save("WebSocketPingInterval", changed);
        WebElement message = awaitMessage("WebSocketPingInterval", "Accepted");
        assertThat(message.getAttribute("class")).contains("ok");
        assertThat(service.ocppValue("WebSocketPingInterval")).isEqualTo(changed);
    }

    @Test
    void aBadValueShowsTheValidatorsMessageAndChangesNothing() throws Exception {
        login();
        browser.driver.get(service.url("/parameters"));
        String before = service.ocppValue("WebSocketPingInterval");
        String expected = validatorMessage("WebSocketPingInterval", "99999");

        save("WebSocketPingInterval", "99999");
        WebElement message = awaitMessage("WebSocketPingInterval", expected);
        assertThat(message.getAttribute("class")).contains("error");
        assertThat(service.ocppValue("WebSocketPingInterval")).isEqualTo(before);
    }

    @Test
    void plugAndCardShowChargingAndTheTransactionLiveWithoutAReload() {
        login();
        browser.await().until(ExpectedConditions.textToBe(By.id("live"), "live"));
        browser.driver.executeScript("window.__noReload = 42;");

        browser.driver.findElement(By.cssSelector("button[data-sim=plug][data-connector='1']")).click();
        browser.await().until(ExpectedConditions.textToBe(By.id("connector-1-status"), "Preparing"));
        WebElement idTag = browser.driver.findElement(By.id("sim-idtag"));
        idTag.clear();
        idTag.sendKeys("CARD-UI");
        new Select(browser.driver.findElement(By.id("sim-card-connector"))).selectByValue("1");
        browser.driver.findElement(By.id("sim-present-card")).click();

        browser.await().until(ExpectedConditions.textToBe(By.id("connector-1-status"), "Charging"));
        browser.await().until(ExpectedConditions.textMatches(By.id("connector-1-transaction"), Pattern.compile("\\d+")));
        JsonNode connector = service.status().get("connectors").get(0);
        assertThat(browser.driver.findElement(By.id("connector-1-transaction")).getText())
                .isEqualTo(connector.get("transactionId").asText());
        assertThat(browser.driver.findElement(By.id("connector-1")).getAttribute("data-status")).isEqualTo("Charging");
        assertThat(browser.driver.executeScript("return window.__noReload;")).as("the page was not reloaded")
                .isEqualTo(42L);
        // each live update replaces the node: a stale one between find and read means "ask again"
        browser.await().ignoring(StaleElementReferenceException.class)
                .withMessage("the energy of the charging connector counts up live").until(driver -> {
            String energy = driver.findElement(By.id("connector-1-energy")).getText();
            return energy.endsWith(" kWh") && !energy.equals("0.000 kWh");
        });
        browser.screenshot("status-charging", WIDE); // the README's picture (README, Config UI)
    }

    @Test
    void theRestartButtonRestartsTheChargePointAndThePageComesBackByItself() throws Exception {
        login();
        browser.driver.get(service.url("/parameters"));
        long boots = service.backend.received.stream().filter(BootNotificationRequest.class::isInstance).count();
        browser.driver.executeScript("window.__beforeRestart = 1;");

        browser.driver.findElement(By.id("restart-always")).click();
        browser.await().until(ExpectedConditions.alertIsPresent()).accept(); // a restart is confirmed first
        browser.await().until(ExpectedConditions.textToBe(By.id("restart-message"), "Restarting…"));

        service.backend.await(BootNotificationRequest.class, (int) boots + 1, (int) UiService.WAIT.toSeconds());
        new WebDriverWait(browser.driver, UiService.WAIT, Duration.ofMillis(100)).until(driver ->
                browser.driver.executeScript("return window.__beforeRestart === undefined;").equals(Boolean.TRUE));
        assertThat(browser.driver.findElement(By.tagName("body")).getAttribute("data-page"))
                .as("the page reloaded itself once the charge point was up").isEqualTo("parameters");
        new WebDriverWait(browser.driver, UiService.WAIT, Duration.ofMillis(100)).withMessage("ResetOrReboot at the backend")
                .until(driver -> service.backend.securityEvents.contains("ResetOrReboot"));
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndChangesNothing() {
        // logged in with the session cookie as the login page would set it: this flow does not need the pages
        browser.driver.manage().addCookie(new Cookie.Builder("rocpp-session", service.login()).path("/")
                .isHttpOnly(true).sameSite("Strict").build());
        browser.driver.get(service.url("/api/status"));
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).as("the cookie is a session")
                .contains("\"chargePointId\":\"CP-UI\"");
        String target = service.url("/api/sim/connectors/2/plug");
        String page = "<!doctype html><html><body><form id=f method=post action=\"" + target + "\""
                + " enctype=\"application/x-www-form-urlencoded\"><input name=x value=1></form>"
                + "<script>document.getElementById('f').submit();</script></body></html>";
        DisposableServer evil = HttpServer.create().host("127.0.0.1").port(0)
                .route(routes -> routes.get("/", (request, response) -> response
                        .header("Content-Type", "text/html; charset=utf-8").sendString(Mono.just(page))))
                .bindNow();
        try {
            browser.driver.get("http://127.0.0.1:" + evil.port() + "/");
            browser.await().until(ExpectedConditions.urlToBe(target));
            assertThat(navigationStatus()).as(browser.whereAmI()).isIn(401, 403, 415);
        } finally {
            evil.disposeNow();
        }
        assertThat(service.status().get("connectors").get(1).get("status").asText()).isEqualTo("Available");
    }

    @Test
    void logoutEndsTheSessionForTheBrowserAndForItsOldCookie() {
        login();
        Cookie session = browser.driver.manage().getCookieNamed("rocpp-session");
        String replayed = "Cookie: rocpp-session=" + session.getValue();
        assertThat(service.get("/api/status", replayed).statusCode()).as("the cookie is a session").isEqualTo(200);

        browser.driver.findElement(By.id("logout")).click();
        browser.await().until(ExpectedConditions.urlToBe(service.url("/login")));
        browser.driver.get(service.url("/"));
        assertThat(browser.driver.getCurrentUrl()).as("a page without a session").isEqualTo(service.url("/login"));

        HttpResponse<String> replay = service.get("/api/status", replayed);
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(401);
    }

    @Test
    void theOcppLogPageAppendsNewFramesLiveInOrderWithoutGapsOrRepeats() throws Exception {
        login();
        browser.driver.get(service.url("/ocpp-log"));
        browser.await().until(ExpectedConditions.textToBe(By.id("live"), "live"));
        int before = browser.driver.findElements(By.cssSelector("#ocpp-log tbody tr")).size();
        service.ocppValue("HeartbeatInterval"); // the backend's GetConfiguration and the answer: two frames

        browser.await().until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#ocpp-log tbody tr"), before + 1));
        List<Long> numbers = browser.driver.findElements(By.cssSelector("#ocpp-log tbody tr")).stream()
                .map(row -> Long.parseLong(row.getAttribute("data-seq"))).toList();
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("frame numbers one after the other, none repeated").isEqualTo(numbers.get(i - 1) + 1);
        }
        assertThat(browser.driver.findElements(By.cssSelector("#ocpp-log tbody tr[data-action=GetConfiguration]")))
                .hasSize(2);
    }

    @Test
    void screenshotsOfEveryPageAtWideAndNarrowWidths() throws Exception {
        browser.driver.get(service.url("/login"));
        shoot("login");
        login();
        shoot("status");
        browser.driver.get(service.url("/parameters"));
        shoot("parameters");
        browser.driver.get(service.url("/ocpp-log"));
        shoot("ocpp-log");
    }

    private void shoot(String name) throws Exception {
        for (int width : new int[] {WIDE, NARROW}) {
            Path file = browser.screenshot(name, width);
            assertThat(pngWidth(Files.readAllBytes(file))).as(file.toString()).isEqualTo(width);
        }
    }

    /** The login form, then the status page. */
    private void login() {
        browser.driver.get(service.url("/login"));
        submitPassword(UiService.PASSWORD);
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-page=status]")));
    }

    private void submitPassword(String password) {
        WebElement field = browser.await().until(ExpectedConditions.elementToBeClickable(By.id("password")));
        field.clear();
        field.sendKeys(password);
        browser.driver.findElement(By.id("login-submit")).click();
    }

    /** Types {@code value} into the parameter's input and saves it. */
    private void save(String key, String value) {
        WebElement input = browser.driver.findElement(By.id("input-" + key));
        input.clear();
        input.sendKeys(value);
        browser.driver.findElement(By.id("save-" + key)).click();
    }

    /** Waits for {@code #msg-<key>} to read {@code text} (past the page's "saving…"), and returns it. */
    private WebElement awaitMessage(String key, String text) {
        By message = By.id("msg-" + key);
        browser.await().until(ExpectedConditions.textToBe(message, text));
        return browser.driver.findElement(message);
    }

    /** The {@code error} that {@code PUT /api/config/{key}} answers for {@code value}: what the page must show. */
    private String validatorMessage(String key, String value) throws Exception {
        JsonNode answer = service.putConfig(key, value);
        assertThat(answer.get("status").asText()).as(answer.toString()).isEqualTo("Rejected");
        return answer.get("error").asText();
    }

    /** The HTTP status of the page the browser shows (Navigation Timing's responseStatus). */
    private static int navigationStatus() {
        return ((Number) browser.driver.executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus;")).intValue();
    }

    /** The width in the IHDR chunk of a PNG. */
    private static int pngWidth(byte[] png) {
        return ((png[16] & 0xff) << 24) | ((png[17] & 0xff) << 16) | ((png[18] & 0xff) << 8) | (png[19] & 0xff);
    }
}
