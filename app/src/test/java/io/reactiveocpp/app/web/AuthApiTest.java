package io.reactiveocpp.app.web;

import eu.chargetime.ocpp.model.core.ChargePointStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Operator authentication: HTTP Basic admin / the admin password, and the login StatusNotification. */
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
        assertThat(station.as("admin", PASSWORD).get("/api/status").statusCode()).isEqualTo(200);
        assertThat(station.as("admin", "wrong").get("/api/status").statusCode())
                .as("a wrong password does not ride on the right one verified before").isEqualTo(401);
    }

    @Test
    void everyRequestOnAKeptAliveConnectionIsAnsweredAfterASlowRefusal() throws InterruptedException {
        station = TestStation.start(dir, PASSWORD, Map.of());
        for (int i = 0; i < 16; i++) {
            assertThat(station.as("admin", "wrong " + i).get("/api/status").statusCode()).isEqualTo(401);
            assertThat(station.as(null, null).get("/api/config").statusCode()).isEqualTo(401);
        }
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
    void withoutAPasswordTheLoopbackInterfaceIsOpen() throws InterruptedException {
        station = TestStation.start(dir);
        assertThat(station.get("/api/status").statusCode()).isEqualTo(200);
        assertThat(station.as("admin", "anything").get("/api/status").statusCode()).isEqualTo(200);
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
