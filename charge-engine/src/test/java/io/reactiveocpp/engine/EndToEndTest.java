package io.reactiveocpp.engine;

import eu.chargetime.ocpp.model.core.AuthorizeRequest;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.ChargePointStatus;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StatusNotificationRequest;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.SqliteEngineStore;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.hal.PilotState;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine through the real session (Reactor Netty, SQLite queue) against a real, independent central
 * system: Java-OCA-OCPP 1.1.0's JSON server on 127.0.0.1. A charging session from boot to stop.
 */
class EndToEndTest {

    @TempDir
    Path dir;

    @Test
    void aChargingSessionAgainstJavaOcaOcpp() throws Exception {
        Scheduler sessionThread = Schedulers.newSingle("session");
        Scheduler engineThread = Schedulers.newSingle("engine");
        StoreWriter queue = new StoreWriter(SqliteQueueStore.open(dir.resolve("queue.db")), "queue-store");
        SqliteEngineStore engineStore = SqliteEngineStore.open(dir.resolve("engine.db"));
        try (JavaOcaBackend backend = new JavaOcaBackend()) {
            OcppSession session = OcppSession.builder(SessionConfig.builder(backend.url(), "CP-E2E")
                            // pings: Java-WebSocket 1.5.2 sometimes holds an answer until it next writes (a pong)
                            .pingInterval(Duration.ofSeconds(1)).build(), queue,
                    sessionThread).build();
            FakeStation station = new FakeStation(1);
            Configuration config = new Configuration(new KeyCatalogue(1), engineStore);
            ChargePoint chargePoint = new ChargePoint(session, station, config, engineStore, engineThread,
                    new StationIdentity("ACME", "Wallbox 22", "SN-7", null, "0.1.0", null, null, null, null));
            chargePoint.start();
            session.start().block(Duration.ofSeconds(10));

            BootNotificationRequest boot = backend.await(BootNotificationRequest.class, 1).get(0);
            assertThat(boot.getChargePointVendor()).isEqualTo("ACME");
            var statuses = backend.await(StatusNotificationRequest.class, 2);
            assertThat(statuses).extracting(StatusNotificationRequest::getConnectorId).containsExactly(0, 1);

            station.energy(1, 12_000);
            station.pilot(1, PilotState.B);
            station.card("04A1B2C3", 1);
            assertThat(backend.await(AuthorizeRequest.class, 1).get(0).getIdTag()).isEqualTo("04A1B2C3");
            StartTransactionRequest start = backend.await(StartTransactionRequest.class, 1).get(0);
            assertThat(start.getMeterStart()).isEqualTo(12_000);
            // the transaction runs with the EV not yet asking for energy; only then does it draw (both steps are
            // awaited: a pilot change racing the StartTransaction answer would skip SuspendedEV, rightly)
            assertThat(backend.await(StatusNotificationRequest.class, 4).get(3).getStatus())
                    .isEqualTo(ChargePointStatus.SuspendedEV);
            station.pilot(1, PilotState.C);
            backend.await(StatusNotificationRequest.class, 5); // charging before the stop card, as a driver would
            station.energy(1, 19_500);
            station.card("04A1B2C3", 1);
            StopTransactionRequest stop = backend.await(StopTransactionRequest.class, 1).get(0);
            assertThat(stop.getTransactionId()).isEqualTo(1001);
            assertThat(stop.getMeterStop()).isEqualTo(19_500);
            assertThat(backend.await(StatusNotificationRequest.class, 6)).extracting(StatusNotificationRequest::getStatus)
                    .containsExactly(ChargePointStatus.Available, ChargePointStatus.Available, ChargePointStatus.Preparing,
                            ChargePointStatus.SuspendedEV, ChargePointStatus.Charging, ChargePointStatus.Finishing);
            session.stop().block(Duration.ofSeconds(5));
        } finally {
            queue.close();
            engineStore.close();
            sessionThread.dispose();
            engineThread.dispose();
        }
    }
}
