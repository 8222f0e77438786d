package io.reactiveocpp.app.fleet;

import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fleet protects itself (issue 18): its ramp bounds the handshakes under way and holds while the process is
 * behind, with the backlog visible; reconnects are counted by cause. Real sockets on 127.0.0.1.
 */
class FleetProtectionTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    /** Waits (polling every 20 ms, at most 20 s) until {@code condition} holds; fails naming it otherwise. */
    private static void await(String what, BooleanSupplier condition) {
        Boolean held = Flux.interval(Duration.ofMillis(20)).map(t -> condition.getAsBoolean()).filter(b -> b).next()
                .block(Duration.ofSeconds(20));
        assertThat(held).as(what).isTrue();
    }

    @Test
    void atMostSixtyFourFirstHandshakesAreUnderWayAndTheOthersWaitVisiblyUntilSlotsFree() throws Exception {
        FleetSettings settings = new FleetSettings(100, "T-", 0, 10, 10_000, 1);
        try (HoldingServer backend = new HoldingServer()) {
            Fleet fleet = Fleet.start(settings, Map.of(), backend.url(), 1, registry);
            try {
                // the ramp (10,000/s) would have started them all in 10 ms; the bound holds the other 36 back, waiting
                await("64 handshakes under way and the rest waiting", () -> backend.held() >= Fleet.CONNECTS_IN_FLIGHT
                        && gauge("fleet.ramp.backlog") == 100 - Fleet.CONNECTS_IN_FLIGHT);
                assertThat(backend.held()).isEqualTo(Fleet.CONNECTS_IN_FLIGHT);
                assertThat(gauge("fleet.connects.in.flight")).isEqualTo(Fleet.CONNECTS_IN_FLIGHT);
                assertThat(gauge("fleet.ramp.backlog")).isEqualTo(100 - Fleet.CONNECTS_IN_FLIGHT);

                backend.release(); // the handshakes fail: their slots free, the rest start
                await("every member tried", () -> backend.distinct() == 100);
                assertThat(backend.maxFirstOpen()).isEqualTo(Fleet.CONNECTS_IN_FLIGHT);
                await("all settled", () -> gauge("fleet.connects.in.flight") == 0);
                assertThat(gauge("fleet.ramp.backlog")).isZero();
                assertThat(registry.get("fleet.reconnects").tag("cause", "network").counter().count()
                        + registry.get("fleet.reconnects").tag("cause", "handshake").counter().count())
                        .as("each failed handshake counted by its cause").isGreaterThanOrEqualTo(100);
            } finally {
                fleet.close();
            }
        }
    }

    @Test
    void theRampHoldsWhileTheProcessIsBehindAndGoesOnOnceItCaughtUp() throws Exception {
        AtomicBoolean behind = new AtomicBoolean(true);
        AtomicInteger looks = new AtomicInteger();
        try (JavaOcaBackend backend = new JavaOcaBackend()) {
            Fleet fleet = Fleet.start(new FleetSettings(3, "T-", 0, 10, 100, 1), Map.of(), backend.url(), 1,
                    registry, () -> {
                        looks.incrementAndGet();
                        return behind.get();
                    });
            try {
                await("five looks at the lag (ten ramp periods)", () -> looks.get() >= 5);
                assertThat(backend.identifiers).isEmpty();
                assertThat(gauge("fleet.ramp.backlog")).isEqualTo(3);
                behind.set(false);
                assertThat(backend.await(BootNotificationRequest.class, 3)).hasSize(3);
                assertThat(gauge("fleet.ramp.backlog")).isZero();
            } finally {
                fleet.close();
            }
        }
    }

    @Test
    void reconnectsAreCountedByCauseTheLivenessVerdictsApart() throws Exception {
        FleetStats stats = new FleetStats(registry);
        Instant now = Instant.now();
        stats.reconnect(new ConnectionState(ConnectionState.Phase.WAITING, 1,
                "no pong within 60 s (WebSocketPingInterval)", now, ConnectionState.Failure.BROKEN));
        stats.reconnect(new ConnectionState(ConnectionState.Phase.WAITING, 1,
                "no answer and no other frame for 30 s", now, ConnectionState.Failure.BROKEN));
        stats.reconnect(new ConnectionState(ConnectionState.Phase.WAITING, 1,
                "the backend closed the link", now, ConnectionState.Failure.BROKEN));
        stats.reconnect(new ConnectionState(ConnectionState.Phase.WAITING, 2,
                "no connection within 60 s (BackendConnectionTimeout)", now, ConnectionState.Failure.TIMEOUT));
        for (String cause : new String[] {"no_pong", "silent_call", "broken", "timeout"}) {
            assertThat(registry.get("fleet.reconnects").tag("cause", cause).counter().count()).as(cause).isOne();
        }
        assertThat(registry.get("fleet.reconnects").counters()).as("a fixed set of causes")
                .hasSize(ConnectionState.Failure.values().length + 2);
        assertThat(stats.toString()).contains("reconnects=4 {broken=1, no_pong=1, silent_call=1, timeout=1}");
    }

    @Test
    void aRefusedConnectionIsCountedAsANetworkReconnect() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Fleet fleet = Fleet.start(new FleetSettings(1, "T-", 0, 10, 100, 1), Map.of(), "ws://127.0.0.1:" + port, 1,
                registry);
        try {
            await("a refused connection counted", () ->
                    registry.get("fleet.reconnects").tag("cause", "network").counter().count() >= 1);
            assertThat(gauge("fleet.connects.in.flight")).as("its slot free again").isZero();
        } finally {
            fleet.close();
        }
    }
}
