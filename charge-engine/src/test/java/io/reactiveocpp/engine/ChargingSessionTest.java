package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.AuthorizeConfirmation;
import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.MeterValuesConfirmation;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.RemoteStopTransactionRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.RemoteStartStopStatus;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charging sessions end to end through the engine, in virtual time, asserting the exact OCPP messages (each
 * checked against the official schema by the recording client). Named after the OCA compliance cases.
 */
class ChargingSessionTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final IdTagInfo ACCEPTED = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final RecordingClient backend = new RecordingClient();
    private final FakeStation station = new FakeStation(1);
    private final EngineStore store = new MemoryEngineStore();
    private final Configuration config = new Configuration(new KeyCatalogue(1), store);
    private ChargePoint chargePoint;

    @AfterEach
    void tearDown() {
        time.dispose();
    }

    private void booted() {
        chargePoint = new ChargePoint(backend, station, config, store, time,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null));
        chargePoint.start();
        backend.connected(true);
        backend.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, T0, 300));
        expectStatus(0, ChargePointStatus.AVAILABLE);
        expectStatus(1, ChargePointStatus.AVAILABLE);
    }

    private void expectStatus(int connector, ChargePointStatus status) {
        var sent = backend.next(StatusNotificationRequest.class);
        StatusNotificationRequest request = sent.request();
        assertThat(request.connectorId()).isEqualTo(connector);
        assertThat(request.status()).isEqualTo(status);
        sent.answer(StatusNotificationConfirmation.INSTANCE);
    }

    @Test
    void regularChargingSessionPlugInFirst() { // OCA TC_003 (cached / regular session, plug first)
        booted();
        config.change("MeterValuesSampledData", "Energy.Active.Import.Register,Power.Active.Import");
        config.change("MeterValueSampleInterval", "60");
        station.energy(1, 1000);

        station.pilot(1, PilotState.B);
        expectStatus(1, ChargePointStatus.PREPARING);
        station.card("TAG-1", null);
        backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(ACCEPTED));

        var start = backend.next(StartTransactionRequest.class);
        StartTransactionRequest startRequest = start.request();
        assertThat(startRequest.connectorId()).isEqualTo(1);
        assertThat(startRequest.idTag()).isEqualTo("TAG-1");
        assertThat(startRequest.meterStart()).isEqualTo(1000);
        assertThat(startRequest.timestamp()).isEqualTo(T0);
        assertThat(station.commands).containsSubsequence("relay 1 close", "offer 1 32.0");
        expectStatus(1, ChargePointStatus.SUSPENDED_EV);
        start.answer(new StartTransactionConfirmation(ACCEPTED, 4711));

        station.pilot(1, PilotState.C);
        expectStatus(1, ChargePointStatus.CHARGING);
        station.energy(1, 1500);
        time.advanceTimeBy(Duration.ofSeconds(60));
        var meterValues = backend.next(MeterValuesRequest.class);
        MeterValuesRequest values = meterValues.request();
        assertThat(values.transactionId()).isEqualTo(4711);
        assertThat(values.meterValue().get(0).sampledValue()).extracting(v -> v.value()).containsExactly("1500", "7360");
        meterValues.answer(MeterValuesConfirmation.INSTANCE);

        station.energy(1, 2500);
        station.card("TAG-1", null);
        var stop = backend.next(StopTransactionRequest.class);
        StopTransactionRequest stopRequest = stop.request();
        assertThat(stopRequest.transactionId()).isEqualTo(4711);
        assertThat(stopRequest.meterStop()).isEqualTo(2500);
        assertThat(stopRequest.reason()).isEqualTo(Reason.LOCAL);
        assertThat(stopRequest.idTag()).isEqualTo("TAG-1");
        stop.answer(new StopTransactionConfirmation(ACCEPTED));
        assertThat(station.commands).containsSubsequence("offer 1 0.0", "relay 1 open");
        expectStatus(1, ChargePointStatus.FINISHING);

        station.pilot(1, PilotState.A);
        expectStatus(1, ChargePointStatus.AVAILABLE);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aTransactionStoppedBeforeItsStartIsStoredNeverEnergizesAndStillFinishes() {
        booted();
        backend.storeGate = Sinks.empty(); // the durable queue is slow to store the StartTransaction
        station.pilot(1, PilotState.C);
        expectStatus(1, ChargePointStatus.PREPARING);
        station.card("TAG-1", null);
        backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(ACCEPTED));
        var start = backend.next(StartTransactionRequest.class);
        // the transaction runs and current is offered, but the contactor waits until the start is stored
        expectStatus(1, ChargePointStatus.CHARGING);
        assertThat(station.commands).doesNotContain("relay 1 close");

        station.card("TAG-1", null);
        var stop = backend.next(StopTransactionRequest.class);
        assertThat(((StopTransactionRequest) stop.request()).reason()).isEqualTo(Reason.LOCAL);
        expectStatus(1, ChargePointStatus.FINISHING);
        backend.storeGate.tryEmitEmpty();
        time.advanceTime();
        assertThat(station.commands).as("never energized for a transaction already over").doesNotContain("relay 1 close");
        start.answer(new StartTransactionConfirmation(ACCEPTED, 4712));
        stop.answer(new StopTransactionConfirmation(ACCEPTED));
        station.pilot(1, PilotState.A);
        expectStatus(1, ChargePointStatus.AVAILABLE);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void aStoppedTransactionIsForgottenOnlyOnceItsStopIsStoredSoACrashBeforeLosesNothing() {
        booted();
        station.pilot(1, PilotState.C);
        expectStatus(1, ChargePointStatus.PREPARING);
        station.card("TAG-1", null);
        backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(ACCEPTED));
        backend.next(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 4713));
        expectStatus(1, ChargePointStatus.CHARGING);
        assertThat(store.load("tx")).as("the running transaction is persisted").hasSize(1);

        backend.storeGate = Sinks.empty(); // the StopTransaction is slow to store, or cannot be stored
        station.card("TAG-1", null);
        backend.next(StopTransactionRequest.class);
        assertThat(store.load("tx")).as("kept until its stop is on disk").hasSize(1);

        // the process dies here: the next start closes the transaction with PowerLoss
        RecordingClient after = new RecordingClient();
        new ChargePoint(after, new FakeStation(1), config, store, time,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null)).start(Reason.POWER_LOSS);
        time.advanceTime();
        var recovered = after.find(StopTransactionRequest.class);
        assertThat(((StopTransactionRequest) recovered.request()).reason()).isEqualTo(Reason.POWER_LOSS);
        assertThat(((StopTransactionRequest) recovered.request()).transactionId()).isEqualTo(4713);
        assertThat(store.load("tx")).as("forgotten once that stop is stored").isEmpty();
    }

    @Test
    void remoteStartAndStopWithoutAuthorizeAndCableLater() { // OCA TC_010 / TC_011
        booted();
        var answer = backend.receive(new RemoteStartTransactionRequest(1, "REMOTE-1", null));
        assertThat(answer.status()).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        expectStatus(1, ChargePointStatus.PREPARING);
        station.pilot(1, PilotState.C);
        var start = backend.next(StartTransactionRequest.class);
        assertThat(start.<StartTransactionRequest>request().idTag()).isEqualTo("REMOTE-1");
        assertThat(start.<StartTransactionRequest>request().connectorId()).isEqualTo(1);
        start.answer(new StartTransactionConfirmation(ACCEPTED, 99));
        expectStatus(1, ChargePointStatus.CHARGING);

        assertThat(backend.receive(new RemoteStopTransactionRequest(98)).status()).isEqualTo(RemoteStartStopStatus.REJECTED);
        assertThat(backend.receive(new RemoteStopTransactionRequest(99)).status()).isEqualTo(RemoteStartStopStatus.ACCEPTED);
        var stop = backend.next(StopTransactionRequest.class);
        assertThat(stop.<StopTransactionRequest>request().reason()).isEqualTo(Reason.REMOTE);
        stop.answer(new StopTransactionConfirmation(null));
        expectStatus(1, ChargePointStatus.FINISHING);
    }

    @Test
    void anAuthorizationLapsesAfterConnectionTimeOut() { // OCA TC_032 connection timeout
        booted();
        config.change("ConnectionTimeOut", "30");
        station.card("TAG-1", null);
        backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(ACCEPTED));
        expectStatus(1, ChargePointStatus.PREPARING);
        time.advanceTimeBy(Duration.ofSeconds(30));
        expectStatus(1, ChargePointStatus.AVAILABLE);
        station.pilot(1, PilotState.B);
        expectStatus(1, ChargePointStatus.PREPARING);
        assertThat(backend.quiet()).as("no transaction: the authorization lapsed").isTrue();
    }

    @Test
    void unpluggingStopsTheTransactionWithEvDisconnected() { // OCA TC_005 EV side disconnect
        booted();
        station.pilot(1, PilotState.B);
        expectStatus(1, ChargePointStatus.PREPARING);
        station.card("TAG-1", 1);
        backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(ACCEPTED));
        backend.next(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 7));
        expectStatus(1, ChargePointStatus.SUSPENDED_EV);
        station.pilot(1, PilotState.A);
        var stop = backend.next(StopTransactionRequest.class);
        assertThat(stop.<StopTransactionRequest>request().reason()).isEqualTo(Reason.EV_DISCONNECTED);
        stop.answer(new StopTransactionConfirmation(null));
        expectStatus(1, ChargePointStatus.AVAILABLE);
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void withoutStopOnEvSideDisconnectTheTransactionIsKeptAndTheCableUnlocked() {
        booted();
        config.change("StopTransactionOnEVSideDisconnect", "false");
        station.pilot(1, PilotState.C);
        expectStatus(1, ChargePointStatus.PREPARING);
        station.card("TAG-1", 1);
        backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(ACCEPTED));
        backend.next(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 3));
        expectStatus(1, ChargePointStatus.CHARGING);
        station.connector(1).lock().lock().block();
        station.pilot(1, PilotState.A);
        expectStatus(1, ChargePointStatus.SUSPENDED_EV);
        assertThat(backend.quiet()).as("no StopTransaction").isTrue();
        assertThat(station.connector(1).lock().locked()).as("UnlockConnectorOnEVSideDisconnect").isFalse();
        station.pilot(1, PilotState.C);
        expectStatus(1, ChargePointStatus.CHARGING);
    }

    @Test
    void aTransactionLeftRunningIsClosedWithPowerLossAfterARestart() { // power loss recovery
        booted();
        station.energy(1, 3000);
        station.pilot(1, PilotState.C);
        expectStatus(1, ChargePointStatus.PREPARING);
        station.card("TAG-1", 1);
        backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(ACCEPTED));
        backend.next(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 55));
        expectStatus(1, ChargePointStatus.CHARGING);
        station.energy(1, 3600);
        time.advanceTimeBy(Duration.ofSeconds(60)); // a periodic sample persists the reading
        backend.next(MeterValuesRequest.class).answer(MeterValuesConfirmation.INSTANCE);

        // the power goes: a new engine on the same store
        RecordingClient after = new RecordingClient();
        new ChargePoint(after, new FakeStation(1), config, store, time,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null)).start();
        var stop = after.next(StopTransactionRequest.class);
        StopTransactionRequest request = stop.request();
        assertThat(request.reason()).isEqualTo(Reason.POWER_LOSS);
        assertThat(request.meterStop()).isEqualTo(3600);
        assertThat(request.transactionId()).isEqualTo(55);
    }
}
