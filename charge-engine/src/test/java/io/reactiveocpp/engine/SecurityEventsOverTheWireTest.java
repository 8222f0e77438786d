package io.reactiveocpp.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.reactiveocpp.codec.testing.OcppSchemas;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.SqliteEngineStore;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.testing.WsTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine through the real session (Reactor Netty, SQLite queue) against a WebSocket server on 127.0.0.1 that
 * first refuses the charge point's credentials with HTTP 401: FailedToAuthenticateAtCentralSystem is raised, kept
 * in the durable queue while the backend refuses, and delivered once it accepts, after StartupOfTheDevice; every
 * SecurityEventNotification on the wire valid against the 1.6 schema.
 */
class SecurityEventsOverTheWireTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void refusedCredentialsAreReportedOnceTheBackendLetsTheChargePointIn() throws Exception {
        Scheduler sessionThread = Schedulers.newSingle("session");
        Scheduler engineThread = Schedulers.newSingle("engine");
        StoreWriter queue = new StoreWriter(SqliteQueueStore.open(dir.resolve("queue.db")), "queue-store");
        SqliteEngineStore engineStore = SqliteEngineStore.open(dir.resolve("engine.db"));
        BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        try (WsTestServer server = WsTestServer.plain().refuseWith(HttpResponseStatus.UNAUTHORIZED)) {
            server.responder((peer, text) -> {
                JsonNode frame = WsTestServer.parse(text);
                if (frame != null && "SecurityEventNotification".equals(frame.path(2).asText())) {
                    events.add(frame.path(3));
                    peer.send("[3,\"" + frame.path(1).asText() + "\",{}]");
                } else {
                    WsTestServer.BACKEND.onText(peer, text);
                }
            });
            OcppSession session = OcppSession.builder(SessionConfig.builder(server.url(), "CP-SEC")
                    .reconnectMinDelay(Duration.ofMillis(50)).reconnectMaxDelay(Duration.ofMillis(200))
                    .build(), queue, sessionThread).build();
            Configuration config = new Configuration(new KeyCatalogue(1), engineStore);
            ChargePoint chargePoint = new ChargePoint(session, new FakeStation(1), config, engineStore, engineThread,
                    new StationIdentity("ACME", "Wallbox 22", "SN-7", null, "0.1.0", null, null, null, null));
            session.start().block(WAIT); // first: its queue must be open for the engine's first events
            chargePoint.start();

            server.awaitUpgrade(WAIT);
            server.awaitUpgrade(WAIT); // refused twice: reported once
            assertThat(events).as("nothing reaches a backend that refuses").isEmpty();
            server.refuseWith(null);

            List<JsonNode> received = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                JsonNode event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertThat(event).as("SecurityEventNotification " + (i + 1)).isNotNull();
                assertThat(OcppSchemas.ocpp16().validate("SecurityEventNotification.req", event.toString())).isEmpty();
                received.add(event);
            }
            assertThat(received).extracting(e -> e.path("type").asText())
                    .containsExactly("StartupOfTheDevice", "FailedToAuthenticateAtCentralSystem");
            assertThat(received.get(1).path("techInfo").asText()).contains("HTTP 401");
            assertThat(events.poll(1, TimeUnit.SECONDS)).as("each once").isNull();
            session.stop().block(WAIT);
        } finally {
            queue.close();
            engineStore.close();
            sessionThread.dispose();
            engineThread.dispose();
        }
    }
}
