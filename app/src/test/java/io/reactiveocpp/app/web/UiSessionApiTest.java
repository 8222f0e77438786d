package io.reactiveocpp.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.reactiveocpp.app.web.RawHttp.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Config UI's browser session over real sockets: the login form, the cookie's attributes, the CSRF token
 * on writes, the Host/Origin rules, logout, idle expiry in virtual time and the bound on sessions.
 */
class UiSessionApiTest {

    static final String PASSWORD = "correct horse battery";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String CHANGE = "{\"value\": \"60\"}";

    @TempDir
    Path dir;
    TestStation station;
    RawHttp raw;
    String host;

    @AfterEach
    void stop() {
        if (station != null) {
            station.close();
        }
    }

    void start(Map<String, String> keys) throws InterruptedException {
        station = TestStation.start(dir, PASSWORD, keys);
        raw = station.raw();
        host = "127.0.0.1:" + station.server.port();
    }

    Response login(String password) {
        return raw.send("POST", "/ui/login", "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8),
                "Host", host, "Origin", "http://" + host, "Content-Type", FORM);
    }

    /** A login that must succeed: the cookie ({@code name=value}) and the CSRF token. */
    String[] session() {
        Response login = login(PASSWORD);
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String cookie = login.headers().get("set-cookie").split(";")[0];
        return new String[] {cookie, json((login.body())).get("csrf").asText()};
    }

    Response get(String path, String cookie) {
        return raw.send("GET", path, null, "Host", host, "Cookie", cookie);
    }

    Response put(String path, String body, String... more) {
        List<String> headers = new ArrayList<>(List.of("Host", host, "Content-Type", "application/json"));
        headers.addAll(List.of(more));
        return raw.send("PUT", path, body, headers.toArray(String[]::new));
    }

    String heartbeatInterval() {
        return station.runtime.configuration().value("HeartbeatInterval");
    }

    @Test
    void aLoginGivesAnHttpOnlyStrictCookieThatReadsTheApiAndSendsTheLoginStatusNotification() throws InterruptedException {
        start(Map.of("SendWebUiLoginStatus", "true"));
        Response login = login(PASSWORD);
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String setCookie = login.headers().get("set-cookie");
        assertThat(setCookie).startsWith(UiSessions.COOKIE + "=").contains("; HTTPOnly").contains("; SameSite=Strict")
                .contains("; Path=/").doesNotContain("Secure").doesNotContain("Max-Age").doesNotContain("Expires");
        String cookie = setCookie.split(";")[0];
        assertThat(cookie.substring(cookie.indexOf('=') + 1)).as("256 bits, base64url").hasSize(43)
                .matches("[A-Za-z0-9_-]+");
        station.awaitStatusNotification(n -> "WebUI login".equals(n.getInfo()));

        Response status = get("/api/status", cookie);
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.body()).contains("\"connectors\"");
        String csrf = json((login.body())).get("csrf").asText();
        assertThat(csrf).hasSize(43);
        assertThat(get("/ui/session", cookie).body()).isEqualTo("{\"csrf\":\"" + csrf + "\"}");
        assertThat(session()[0]).as("every login a new id").isNotEqualTo(cookie);
    }

    @Test
    void theCookieIsSecureWhenServedOverTls() {
        UiSessions tls = new UiSessions(VirtualTimeScheduler.create(), true);
        assertThat(tls.setCookie(tls.open())).contains("; Secure").contains("; HTTPOnly").contains("; SameSite=Strict");
        assertThat(tls.clearCookie()).contains("Max-Age=0").contains("; Secure");
    }

    @Test
    void aWrongPasswordIs401AndThrottledLikeBasic() throws InterruptedException {
        start(Map.of());
        for (int i = 0; i < LoginThrottle.FAILURES_BEFORE_BLOCK; i++) {
            Response wrong = login("guess " + i);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).contains("\"field\":\"password\"");
            assertThat(wrong.headers()).as("a form, not the browser's dialog").doesNotContainKey("www-authenticate")
                    .doesNotContainKey("set-cookie");
        }
        Response blocked = login(PASSWORD);
        assertThat(blocked.status()).as("even the right password waits").isEqualTo(429);
        assertThat(blocked.headers()).containsEntry("retry-after", "1").doesNotContainKey("set-cookie");
        assertThat(raw.send("GET", "/api/status", null, "Host", host, "Authorization", RawHttp.basic("admin", PASSWORD))
                .status()).as("the same throttle as Basic").isEqualTo(429);

        station.clock.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(login(PASSWORD).status()).isEqualTo(200);
        Response missing = raw.send("POST", "/ui/login", "user=admin", "Host", host, "Content-Type", FORM);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"password\"");
    }

    @Test
    void aWriteWithTheCookieNeedsTheCsrfHeader() throws InterruptedException {
        start(Map.of());
        String[] session = session();
        Response none = put("/api/config/HeartbeatInterval", CHANGE, "Cookie", session[0]);
        assertThat(none.status()).isEqualTo(403);
        assertThat(json((none.body())).get("field").asText()).isEqualTo("X-CSRF-Token");
        Response wrong = put("/api/config/HeartbeatInterval", CHANGE, "Cookie", session[0],
                "X-CSRF-Token", session()[1]);
        assertThat(wrong.status()).as("another session's token").isEqualTo(403);
        assertThat(heartbeatInterval()).isEqualTo("300");

        Response right = put("/api/config/HeartbeatInterval", CHANGE, "Cookie", session[0], "X-CSRF-Token", session[1]);
        assertThat(right.status()).as(right.body()).isEqualTo(200);
        assertThat(heartbeatInterval()).isEqualTo("60");

        Response basicWins = put("/api/config/HeartbeatInterval", "{\"value\": \"90\"}", "Cookie", session[0],
                "X-CSRF-Token", session[1], "Authorization", RawHttp.basic("admin", "wrong"));
        assertThat(basicWins.status()).as("HTTP Basic, when sent, decides").isEqualTo(401);
        assertThat(heartbeatInterval()).isEqualTo("60");
    }

    @Test
    void aCrossSiteRequestWithTheCookieIsRefused() throws InterruptedException {
        start(Map.of());
        String[] session = session();
        // a page of another site: its browser sends an Origin with every POST and PUT
        Response foreign = put("/api/config/HeartbeatInterval", CHANGE, "Cookie", session[0], "X-CSRF-Token",
                session[1], "Origin", "http://evil.example");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body()).contains("\"field\":\"Origin\"");
        assertThat(raw.send("POST", "/ui/login", "password=x", "Host", host, "Origin", "http://evil.example",
                "Content-Type", FORM).status()).as("a login form on another site").isEqualTo(403);
        // no Origin (an old browser, a stripped header): a form can send neither JSON nor the token
        assertThat(raw.send("POST", "/api/sim/rfid", "idTag=EVIL", "Host", host, "Cookie", session[0],
                "Content-Type", FORM).status()).as("a form post").isEqualTo(415);
        Response noToken = raw.send("POST", "/api/sim/rfid", "{\"idTag\": \"EVIL\"}", "Host", host, "Cookie", session[0],
                "Content-Type", "application/json");
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.body()).contains("\"field\":\"X-CSRF-Token\"");
        assertThat(raw.send("POST", "/ui/logout", null, "Host", host, "Cookie", session[0]).status())
                .as("a forged logout").isEqualTo(403);
        assertThat(heartbeatInterval()).isEqualTo("300");
        assertThat(get("/api/status", session[0]).status()).as("still logged in").isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() throws InterruptedException {
        start(Map.of());
        String[] session = session();
        String[] other = session();
        Response logout = raw.send("POST", "/ui/logout", null, "Host", host, "Cookie", session[0],
                "X-CSRF-Token", session[1]);
        assertThat(logout.status()).as(logout.body()).isEqualTo(200);
        assertThat(logout.headers().get("set-cookie")).startsWith(UiSessions.COOKIE + "=;").contains("Max-Age=0");

        Response after = get("/api/status", session[0]);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.headers()).as("the UI shows its form, not the browser's dialog")
                .doesNotContainKey("www-authenticate");
        assertThat(get("/ui/session", session[0]).status()).isEqualTo(401);
        assertThat(get("/api/status", other[0]).status()).as("another browser's session").isEqualTo(200);
        assertThat(raw.send("GET", "/ui/session", null, "Host", host, "Authorization", RawHttp.basic("admin", PASSWORD))
                .body()).as("Basic has no session").contains("\"field\":\"session\"");
    }

    @Test
    void aSessionEndsAfterFifteenIdleMinutes() throws InterruptedException {
        start(Map.of());
        String[] session = session();
        Duration almost = UiSessions.IDLE.minusSeconds(1);
        for (int i = 0; i < 3; i++) {
            station.clock.advanceTimeBy(almost);
            assertThat(get("/api/status", session[0]).status()).as("each use restarts the idle time").isEqualTo(200);
        }
        station.clock.advanceTimeBy(UiSessions.IDLE);
        assertThat(get("/api/status", session[0]).status()).isEqualTo(401);
        station.clock.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(get("/api/status", session[0]).status()).as("ended stays ended").isEqualTo(401);
    }

    @Test
    void atMostSixteenSessionsLiveAndANewOneEndsTheLeastRecentlyUsed() throws InterruptedException {
        start(Map.of());
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < UiSessions.MAX_SESSIONS; i++) {
            cookies.add(session()[0]);
        }
        assertThat(get("/api/status", cookies.get(0)).status()).isEqualTo(200); // the first is now the latest used
        String newest = session()[0];
        assertThat(get("/api/status", cookies.get(1)).status()).as("the least recently used").isEqualTo(401);
        for (String cookie : List.of(cookies.get(0), cookies.get(2), cookies.get(15), newest)) {
            assertThat(get("/api/status", cookie).status()).isEqualTo(200);
        }
    }

    static JsonNode json(String body) {
        try {
            return TestStation.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(body, e);
        }
    }
}
