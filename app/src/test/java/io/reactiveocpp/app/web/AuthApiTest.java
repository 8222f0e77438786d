package io.reactiveocpp.app.web;

import eu.chargetime.ocpp.model.core.ChargePointStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Operator authentication: HTTP Basic admin / the admin password (always one), the login StatusNotification,
 * the failed-login throttle, what a Prometheus scrape costs, and {@code /health}.
 */
class AuthApiTest {

    static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;
    TestStation station;

    @AfterEach
    void stop() {
        if (station != null) {
            station.close();
        }
    }

    @Test
    void withAPasswordEveryRouteNeedsTheRightCredentials() throws InterruptedException {
        station = TestStation.start(dir, PASSWORD, Map.of());
        for (String path : new String[] {"/api/status", "/api/config", "/metrics", "/api/nothing"}) {
            HttpResponse<String> none = station.as(null, null).get(path);
            assertThat(none.statusCode()).as(path).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Basic realm="));
        }
        assertThat(station.as("admin", "wrong").get("/api/status").statusCode()).isEqualTo(401);
        assertThat(station.as("root", PASSWORD).get("/api/status").statusCode()).isEqualTo(401);
        assertThat(station.as("admin", PASSWORD + " ").get("/api/status").statusCode()).isEqualTo(401);
        station.clock.advanceTimeBy(LoginThrottle.MAX_DELAY); // past the failed-login throttle's block
        assertThat(station.as("admin", PASSWORD).get("/api/status").statusCode()).isEqualTo(200);
        assertThat(station.as("admin", "wrong").get("/api/status").statusCode())
                .as("a wrong password does not ride on the right one verified before").isEqualTo(401);
    }

    @Test
    void everyRequestOnAKeptAliveConnectionIsAnsweredAfterASlowRefusal() throws InterruptedException {
        station = TestStation.start(dir, PASSWORD, Map.of());
        for (int i = 0; i < 16; i++) {
            station.clock.advanceTimeBy(LoginThrottle.MAX_DELAY); // past the failed-login throttle's block
            assertThat(station.as("admin", "wrong " + i).get("/api/status").statusCode()).isEqualTo(401);
            station.clock.advanceTimeBy(LoginThrottle.MAX_DELAY);
            assertThat(station.as(null, null).get("/api/config").statusCode()).isEqualTo(401);
        }
        station.clock.advanceTimeBy(LoginThrottle.MAX_DELAY);
        assertThat(station.as("admin", PASSWORD).get("/api/status").statusCode()).isEqualTo(200);
    }

    @Test
    void aRefusedRequestChangesNothing() throws InterruptedException {
        station = TestStation.start(dir, PASSWORD, Map.of());
        assertThat(station.as("admin", "wrong").put("/api/config/HeartbeatInterval", "{\"value\": \"60\"}")
                .statusCode()).isEqualTo(401);
        assertThat(station.as(null, null).post("/api/sim/connectors/1/plug", null).statusCode()).isEqualTo(401);

        station.as("admin", PASSWORD).post("/api/sim/connectors/2/plug", null);
        station.awaitStatusNotification(n -> n.getConnectorId() == 2 && n.getStatus() == ChargePointStatus.Preparing);
        assertThat(station.runtime.configuration().value("HeartbeatInterval")).isEqualTo("300");
        assertThat(station.connector(1).get("status").asText()).isEqualTo("Available");
    }

    @Test
    void thereIsNoOpenInterfaceWithoutAPassword() {
        assertThatThrownBy(() -> LocalHttpServer.start(new HttpBinding("127.0.0.1", 0), true, null, () -> null,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("admin password");
    }

    @Test
    void failedLoginsAreLoggedAndSlowTheirAddressButNotAnother() throws InterruptedException {
        station = TestStation.start(dir, PASSWORD, Map.of());
        RawHttp attacker = station.raw();
        RawHttp operator = station.raw().from("127.0.0.2");
        String host = "127.0.0.1:" + station.server.port();
        String wrong = RawHttp.basic("admin", "guess");
        String right = RawHttp.basic("admin", PASSWORD);
        try (LogCapture log = LogCapture.of(LocalHttpServer.class)) {
            for (int i = 0; i < 3; i++) {
                assertThat(attacker.send("GET", "/api/status", null, "Host", host, "Authorization", wrong).status())
                        .isEqualTo(401);
            }
            RawHttp.Response blocked = attacker.send("GET", "/api/status", null, "Host", host, "Authorization", right);
            assertThat(blocked.status()).as("even the right password waits").isEqualTo(429);
            assertThat(blocked.headers()).containsEntry("retry-after", "1");
            assertThat(attacker.send("GET", "/api/status", null, "Host", host).status()).isEqualTo(429);
            assertThat(attacker.send("GET", "/health", null, "Host", host).status()).as("health needs no login")
                    .isEqualTo(200);
            assertThat(operator.send("GET", "/api/status", null, "Host", host, "Authorization", right).status())
                    .as("another address").isEqualTo(200);

            station.clock.advanceTimeBy(Duration.ofSeconds(1));
            assertThat(attacker.send("GET", "/api/status", null, "Host", host, "Authorization", wrong).status())
                    .isEqualTo(401);
            assertThat(attacker.send("GET", "/api/status", null, "Host", host, "Authorization", right).headers())
                    .as("the delay doubles").containsEntry("retry-after", "2");
            station.clock.advanceTimeBy(Duration.ofSeconds(2));
            assertThat(attacker.send("GET", "/api/status", null, "Host", host, "Authorization", right).status())
                    .isEqualTo(200);
            for (int i = 0; i < 2; i++) {
                assertThat(attacker.send("GET", "/api/status", null, "Host", host, "Authorization", wrong).status())
                        .as("a success starts afresh").isEqualTo(401);
            }

            assertThat(log.warnings()).hasSize(6).allSatisfy(line -> assertThat(line)
                    .contains("failed login").contains("127.0.0.1").doesNotContain("guess"));
            assertThat(log.warnings().get(2)).contains("3 in a row").contains("refused for 1 s");
        }
    }

    @Test
    void scrapesCostOnePasswordCheckAndAreNeverALogin() throws InterruptedException {
        station = TestStation.start(dir, PASSWORD, Map.of("SendWebUiLoginStatus", "true")).as("admin", PASSWORD);
        for (int i = 0; i < 20; i++) {
            assertThat(station.get("/metrics").statusCode()).isEqualTo(200);
            station.clock.advanceTimeBy(Duration.ofSeconds(15));
        }
        assertThat(station.server.auth().derivations()).as("20 scrapes every 15 s").isEqualTo(1);
        station.clock.advanceTimeBy(OperatorAuth.LOGIN_WINDOW);
        assertThat(station.get("/metrics").statusCode()).as("a scrape after the login window").isEqualTo(200);

        assertThat(station.get("/api/status").statusCode()).isEqualTo(200);
        station.awaitStatusNotification(n -> "WebUI login".equals(n.getInfo()));
        station.post("/api/sim/connectors/1/plug", null);
        station.awaitStatusNotification(n -> n.getConnectorId() == 1 && n.getStatus() == ChargePointStatus.Preparing);
        assertThat(station.statusNotifications()).as("the operator's request is the only login")
                .filteredOn(n -> "WebUI login".equals(n.getInfo())).hasSize(1);
        assertThat(station.server.auth().derivations()).isEqualTo(1);
    }

    @Test
    void healthNeedsNoCredentialsAndSaysWhenTheChargePointIsRebuilt() throws InterruptedException {
        station = TestStation.start(dir, PASSWORD, Map.of());
        HttpResponse<String> up = station.as(null, null).get("/health");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(station.as("admin", "wrong").get("/health").statusCode()).isEqualTo(200);

        try (LocalHttpServer restarting = LocalHttpServer.start(new HttpBinding("127.0.0.1", 0), false,
                PasswordHash.create(PASSWORD), () -> null, station.registry)) {
            RawHttp.Response down = new RawHttp(restarting.port()).send("GET", "/health", null,
                    "Host", "127.0.0.1:" + restarting.port());
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\",\"reason\":\"the charge point is restarting\"}");
        }
    }

    @Test
    void aLoginSendsTheInformativeStatusNotificationOnceWithSendWebUiLoginStatus() throws InterruptedException {
        station = TestStation.start(dir, PASSWORD, Map.of("SendWebUiLoginStatus", "true"));

        assertThat(station.as("admin", PASSWORD).get("/api/status").statusCode()).isEqualTo(200);
        var login = station.awaitStatusNotification(n -> "WebUI login".equals(n.getInfo()));
        assertThat(login.getConnectorId()).isZero();
        assertThat(login.getStatus()).isEqualTo(ChargePointStatus.Available);

        assertThat(station.get("/api/config").statusCode()).isEqualTo(200);
        assertThat(station.post("/api/sim/connectors/1/plug", null).statusCode()).isEqualTo(202);
        station.awaitStatusNotification(n -> n.getConnectorId() == 1 && n.getStatus() == ChargePointStatus.Preparing);
        assertThat(station.statusNotifications()).as("the requests after the login are the same login")
                .filteredOn(n -> "WebUI login".equals(n.getInfo())).hasSize(1);
    }

    @Test
    void aLoginSendsNothingWhenSendWebUiLoginStatusIsOff() throws InterruptedException {
        station = TestStation.start(dir, PASSWORD, Map.of());

        assertThat(station.as("admin", PASSWORD).get("/api/status").statusCode()).isEqualTo(200);
        station.post("/api/sim/connectors/1/plug", null);
        station.awaitStatusNotification(n -> n.getConnectorId() == 1 && n.getStatus() == ChargePointStatus.Preparing);
        assertThat(station.statusNotifications()).noneMatch(n -> n.getInfo() != null);
    }
}
