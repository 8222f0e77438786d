package io.reactiveocpp.app.web;

import eu.chargetime.ocpp.model.core.ChargePointStatus;
import io.reactiveocpp.app.web.RawHttp.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DNS rebinding and cross-site requests over real sockets: a forged {@code Host}, a foreign {@code Origin}
 * and a body that is not declared JSON are refused before authentication, with or without valid credentials,
 * and change nothing.
 */
class CrossSiteApiTest {

    static final String ADMIN = RawHttp.basic("admin", TestStation.DEFAULT_PASSWORD);
    static final String CHANGE = "{\"value\": \"60\"}";

    @TempDir
    Path dir;
    TestStation station;
    RawHttp raw;
    String host;

    @BeforeEach
    void start() throws InterruptedException {
        station = TestStation.start(dir);
        raw = station.raw();
        host = "127.0.0.1:" + station.server.port();
    }

    @AfterEach
    void stop() {
        station.close();
    }

    String heartbeatInterval() {
        return station.runtime.configuration().value("HeartbeatInterval");
    }

    @Test
    void aForeignHostIsMisdirectedWithAndWithoutCredentialsOnEveryPath() {
        for (String path : new String[] {"/api/status", "/api/config", "/metrics", "/health", "/api/nothing"}) {
            for (String[] credentials : new String[][] {{}, {"Authorization", ADMIN}}) {
                String[] headers = credentials.length == 0 ? new String[] {"Host", "evil.example:8080"}
                        : new String[] {"Host", "evil.example:8080", credentials[0], credentials[1]};
                Response response = raw.send("GET", path, null, headers);
                assertThat(response.status()).as(path).isEqualTo(421);
                assertThat(response.body()).as(path).contains("\"field\":\"Host\"");
            }
        }
        Response change = raw.send("PUT", "/api/config/HeartbeatInterval", CHANGE, "Host", "evil.example",
                "Authorization", ADMIN, "Content-Type", "application/json");
        assertThat(change.status()).isEqualTo(421);
        assertThat(heartbeatInterval()).isEqualTo("300");
        assertThat(raw.send("GET", "/api/status", null, "Authorization", ADMIN).status()).as("no Host at all")
                .isEqualTo(421);

        for (String name : new String[] {host, "localhost:" + station.server.port(), "[::1]:" + station.server.port()}) {
            assertThat(raw.send("GET", "/api/status", null, "Host", name, "Authorization", ADMIN).status()).as(name)
                    .isEqualTo(200);
        }
    }

    @Test
    void aForeignOriginIsForbiddenWithAndWithoutCredentials() {
        for (String origin : new String[] {"http://evil.example", "null", "http://localhost:" + station.server.port()}) {
            Response change = raw.send("PUT", "/api/config/HeartbeatInterval", CHANGE, "Host", host, "Origin", origin,
                    "Authorization", ADMIN, "Content-Type", "application/json");
            assertThat(change.status()).as(origin).isEqualTo(403);
            assertThat(change.body()).contains("\"field\":\"Origin\"");
            assertThat(raw.send("GET", "/api/status", null, "Host", host, "Origin", origin).status()).as(origin)
                    .isEqualTo(403);
        }
        assertThat(heartbeatInterval()).isEqualTo("300");

        Response own = raw.send("PUT", "/api/config/HeartbeatInterval", CHANGE, "Host", host, "Origin",
                "http://" + host, "Authorization", ADMIN, "Content-Type", "application/json");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(heartbeatInterval()).isEqualTo("60");
    }

    @Test
    void aBodyNotDeclaredJsonChangesNothing() throws InterruptedException {
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", null}) {
            Response change = type == null
                    ? raw.send("PUT", "/api/config/HeartbeatInterval", CHANGE, "Host", host, "Authorization", ADMIN)
                    : raw.send("PUT", "/api/config/HeartbeatInterval", CHANGE, "Host", host, "Authorization", ADMIN,
                    "Content-Type", type);
            assertThat(change.status()).as(type).isEqualTo(415);
            assertThat(change.body()).contains("\"field\":\"Content-Type\"");
            assertThat(raw.send("POST", "/api/sim/rfid", "{\"idTag\": \"EVIL\"}", "Host", host, "Content-Type",
                    "text/plain").status()).as("without credentials too").isEqualTo(415);
        }
        assertThat(raw.chunked("PUT", "/api/config/HeartbeatInterval", CHANGE, "Host", host, "Authorization", ADMIN,
                "Content-Type", "text/plain").status()).as("chunked").isEqualTo(415);
        assertThat(heartbeatInterval()).isEqualTo("300");

        Response json = raw.send("PUT", "/api/config/HeartbeatInterval", CHANGE, "Host", host, "Authorization", ADMIN,
                "Content-Type", "application/json; charset=utf-8");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(heartbeatInterval()).isEqualTo("60");

        // a request without a body needs no type: curl -X POST .../plug
        assertThat(raw.send("POST", "/api/sim/connectors/1/plug", null, "Host", host, "Authorization", ADMIN)
                .status()).isEqualTo(202);
        station.awaitStatusNotification(n -> n.getConnectorId() == 1 && n.getStatus() == ChargePointStatus.Preparing);
    }
}
