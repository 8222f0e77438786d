package io.reactiveocpp.app.web;

import eu.chargetime.ocpp.model.core.Reason;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import io.reactiveocpp.hal.sim.SimulatedStation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/restart} against Java-OCA-OCPP's server: a soft Reset's restart with reason Reboot, a write
 * behind the password or a session with its CSRF token. (The in-process restart as a whole: LocalRestartProcessTest.)
 */
class RestartApiTest {

    @TempDir
    Path dir;
    TestStation station;

    @AfterEach
    void stop() {
        station.close();
    }

    @Test
    void aRestartStopsTheRunningTransactionWithRebootAndRebootsASecondLater() throws Exception {
        station = TestStation.start(dir);
        charging();
        CompletableFuture<String> reboot = system().rebootRequested().next().toFuture();

        long asked = System.nanoTime();
        HttpResponse<String> restart = station.post("/api/restart", null);
        assertThat(restart.statusCode()).as(restart.body()).isEqualTo(202);
        assertThat(restart.body()).isEqualTo("{\"status\":\"restarting\"}");

        assertThat(station.backend.await(StopTransactionRequest.class, 1).get(0).getReason()).isEqualTo(Reason.Reboot);
        assertThat(reboot.get(10, TimeUnit.SECONDS)).isEqualTo("Reboot");
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("a second for the answer to leave")
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        Flux.interval(Duration.ofMillis(50)).filter(i -> station.backend.securityEvents.contains("ResetOrReboot"))
                .blockFirst(Duration.ofSeconds(10));
        assertThat(station.backend.securityEvents).contains("ResetOrReboot");
    }

    @Test
    void withoutCredentialsItIs401AndWithASessionButNoCsrfToken403AndNothingRestarts() throws Exception {
        station = TestStation.start(dir, "restart password", Map.of());
        RawHttp raw = station.raw();
        String host = "127.0.0.1:" + station.server.port();
        station.as(OperatorAuth.USER, "restart password");
        charging();
        station.as(null, null);

        assertThat(raw.send("POST", "/api/restart", null, "Host", host).status()).isEqualTo(401);
        RawHttp.Response login = raw.send("POST", "/ui/login", "password=restart+password", "Host", host,
                "Origin", "http://" + host, "Content-Type", "application/x-www-form-urlencoded");
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String cookie = login.headers().get("set-cookie").split(";")[0];
        String csrf = TestStation.JSON.readTree(login.body()).get("csrf").asText();
        assertThat(raw.send("POST", "/api/restart", null, "Host", host, "Cookie", cookie).status()).isEqualTo(403);

        // a restart stops the transaction on the engine's scheduler at once (and reboots a second later): once the
        // engine has run everything submitted before this point, the transaction is still open
        var chargePoint = station.runtime.chargePoint();
        assertThat(chargePoint.onScheduler(() -> chargePoint.transactions().active(1) != null)
                .block(Duration.ofSeconds(10))).as("still charging").isTrue();
        assertThat(station.backend.received).noneMatch(StopTransactionRequest.class::isInstance);
        assertThat(system().rebootRequests()).isEmpty();

        RawHttp.Response allowed = raw.send("POST", "/api/restart", null, "Host", host, "Cookie", cookie,
                "X-CSRF-Token", csrf);
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(202);
        assertThat(station.backend.await(StopTransactionRequest.class, 1).get(0).getReason()).isEqualTo(Reason.Reboot);
    }

    private void charging() throws InterruptedException {
        assertThat(station.post("/api/sim/connectors/1/plug", null).statusCode()).isEqualTo(202);
        assertThat(station.post("/api/sim/rfid", "{\"idTag\": \"CARD-1\", \"connectorId\": 1}").statusCode())
                .isEqualTo(202);
        station.backend.await(StartTransactionRequest.class, 1);
        station.awaitStatus(s -> !s.at("/connectors/0/transactionId").isNull());
    }

    private io.reactiveocpp.hal.sim.SimulatedSystem system() {
        return ((SimulatedStation) station.runtime.station()).system();
    }
}
