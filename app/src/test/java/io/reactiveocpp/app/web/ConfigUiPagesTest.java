package io.reactiveocpp.app.web;

import io.reactiveocpp.app.web.RawHttp.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Config UI's pages over real sockets, without a browser (the browser flows are in {@code app.ui}): the
 * redirect to the login page, the login form's redirect and its refusal as a page, the pages' content and
 * headers, escaping, the write-only secret never sent, the static files, and the status page's live stream.
 */
class ConfigUiPagesTest {

    static final String PASSWORD = "ui pages password";

    @TempDir
    Path dir;
    TestStation station;
    RawHttp raw;
    String host;

    @BeforeEach
    void start() throws InterruptedException {
        station = TestStation.start(dir, PASSWORD, Map.of());
        raw = station.raw();
        host = "127.0.0.1:" + station.server.port();
    }

    @AfterEach
    void stop() {
        station.close();
    }

    Response formLogin(String password) {
        return raw.send("POST", "/ui/login", "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8),
                "Host", host, "Origin", "http://" + host, "Content-Type", "application/x-www-form-urlencoded",
                "Accept", "text/html,application/xhtml+xml");
    }

    /** A browser's login: its cookie as {@code name=value}. */
    String cookie() {
        Response login = formLogin(PASSWORD);
        assertThat(login.status()).as(login.body()).isEqualTo(303);
        assertThat(login.headers().get("location")).isEqualTo("/");
        return login.headers().get("set-cookie").split(";")[0];
    }

    Response page(String path, String cookie) {
        return cookie == null ? raw.send("GET", path, null, "Host", host)
                : raw.send("GET", path, null, "Host", host, "Cookie", cookie);
    }

    @Test
    void aPageWithoutASessionRedirectsToTheLoginPage() {
        for (String path : List.of("/", "/parameters", "/ocpp-log")) {
            Response response = page(path, null);
            assertThat(response.status()).as(path).isEqualTo(303);
            assertThat(response.headers().get("location")).as(path).isEqualTo("/login");
        }
        Response login = page("/login", null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.headers().get("content-type")).startsWith("text/html");
        assertThat(login.headers().get("content-security-policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(login.body()).contains("id=\"login-form\"", "action=\"/ui/login\"", "name=\"password\"")
                .doesNotContain("login-error");
    }

    @Test
    void aFormLoginRedirectsWithTheCookieAndAWrongPasswordShowsTheLoginPageAgain() {
        Response wrong = formLogin("not the password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.headers().get("content-type")).startsWith("text/html");
        assertThat(wrong.headers()).doesNotContainKey("set-cookie");
        assertThat(wrong.body()).contains("id=\"login-error\"", "wrong password");

        Response right = formLogin(PASSWORD);
        assertThat(right.status()).isEqualTo(303);
        assertThat(right.headers().get("set-cookie")).contains("rocpp-session=", "HTTPOnly", "SameSite=Strict");
        String cookie = right.headers().get("set-cookie").split(";")[0];
        assertThat(page("/login", cookie).status()).as("logged in: no login page").isEqualTo(303);
    }

    @Test
    void theStatusPageShowsTheConnectorsAndCarriesTheSessionsCsrfToken() {
        String cookie = cookie();
        Response status = page("/", cookie);

        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.headers().get("cache-control")).isEqualTo("no-store");
        assertThat(status.body()).contains("data-page=\"status\"", "id=\"backend-phase\"", "id=\"connector-1\"",
                "id=\"connector-2\"", "id=\"connector-1-status\"", "data-sim=\"plug\"", "id=\"sim-present-card\"");
        String csrf = raw.send("GET", "/ui/session", null, "Host", host, "Cookie", cookie).body();
        assertThat(csrf).contains(meta(status.body()));
    }

    @Test
    void valuesAreEscapedAndTheWriteOnlyKeyIsNeverSent() {
        String secret = "5ec7e7a11c0de5ec7e7a11c0de5ec7e7";
        assertThat(station.put("/api/config/AuthorizationKey", "{\"value\": \"" + secret + "\"}").statusCode()).isEqualTo(401);
        station.as("admin", PASSWORD);
        HttpResponse<String> key = station.put("/api/config/AuthorizationKey", "{\"value\": \"" + secret + "\"}");
        assertThat(key.statusCode()).as(key.body()).isEqualTo(200);
        HttpResponse<String> cpo = station.put("/api/config/CpoName", "{\"value\": \"<script>alert(1)</script>\"}");
        assertThat(cpo.statusCode()).as(cpo.body()).isEqualTo(200);

        Response parameters = page("/parameters", cookie());

        assertThat(parameters.status()).isEqualTo(200);
        assertThat(parameters.body()).doesNotContain(secret, "<script>alert")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "id=\"input-AuthorizationKey\"", "type=\"password\"",
                        "id=\"category-general-connectivity\"", "id=\"input-WebSocketPingInterval\"", "max=\"10000\"");
    }

    @Test
    void theStaticFilesNeedNoLoginAndTheirLinksChangeWithTheirContent() {
        Response script = page("/ui/static/ui.js", null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.headers().get("content-type")).startsWith("text/javascript");
        assertThat(script.body()).contains("X-CSRF-Token", "EventSource");
        assertThat(page("/ui/static/ui.css", null).headers().get("content-type")).startsWith("text/css");
        assertThat(page("/ui/static/secrets.txt", null).status()).isEqualTo(404);
        assertThat(page("/login", null).body()).contains("/ui/static/ui.css?v=" + UiStatic.VERSION);
    }

    @Test
    void theStatusStreamSendsTheStatusAtOnceAndAgainWhenAConnectorChanges() throws Exception {
        String cookie = cookie();
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://" + host + "/ui/status/stream")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        CompletableFuture<String> preparing = CompletableFuture.supplyAsync(() -> stream.body()
                .filter(line -> line.startsWith("data: ") && line.contains("id=\"connector-1\" data-status=\"Preparing\""))
                .findFirst().orElseThrow());

        station.as("admin", PASSWORD);
        HttpResponse<String> plug = station.post("/api/sim/connectors/1/plug", null);
        assertThat(plug.statusCode()).as(plug.body()).isEqualTo(202);

        assertThat(preparing.get(10, TimeUnit.SECONDS)).contains("id=\"connector-1-status\"");
        stream.body().close();
    }

    @Test
    void aLogoutEndsTheSessionsOpenStatusStream() throws Exception {
        String cookie = cookie();
        String csrf = meta(page("/", cookie).body());
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://" + host + "/ui/status/stream")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        CompletableFuture<List<String>> events = CompletableFuture.supplyAsync(() -> stream.body()
                .filter(line -> line.startsWith("data: ")).toList()); // ends when the server ends the stream

        Response logout = raw.send("POST", "/ui/logout", null, "Host", host, "Cookie", cookie, "X-CSRF-Token", csrf);
        assertThat(logout.status()).as(logout.body()).isEqualTo(200);
        station.as("admin", PASSWORD);
        assertThat(station.post("/api/sim/connectors/1/plug", null).statusCode()).isEqualTo(202); // a change to send

        List<String> seen = events.get(10, TimeUnit.SECONDS);
        assertThat(seen).as("the stream ended without the change after the logout")
                .noneMatch(line -> line.contains("data-status=\"Preparing\""));
    }

    private static String meta(String page) {
        Matcher matcher = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">").matcher(page);
        assertThat(matcher.find()).as("csrf meta").isTrue();
        return matcher.group(1);
    }
}
