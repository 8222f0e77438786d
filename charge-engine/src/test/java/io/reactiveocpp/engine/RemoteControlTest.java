package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.AuthorizeConfirmation;
import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.ChangeAvailabilityRequest;
import io.reactiveocpp.codec.message.core.ClearCacheRequest;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.ResetRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.message.core.UnlockConnectorRequest;
import io.reactiveocpp.codec.message.trigger.TriggerMessageRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.AvailabilityStatus;
import io.reactiveocpp.codec.type.AvailabilityType;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.ClearCacheStatus;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.MessageTrigger;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.ResetType;
import io.reactiveocpp.codec.type.TriggerMessageStatus;
import io.reactiveocpp.codec.type.UnlockStatus;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.hal.PilotState;
import io.reactiveocpp.session.CallException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Remote control and trigger (OCPP 1.6 sections 5.2, 5.4, 5.6, 5.13, 5.17, 5.18) in virtual time. */
class RemoteControlTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final IdTagInfo ACCEPTED = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private RecordingClient backend = new RecordingClient();
    private FakeStation station = new FakeStation(1);
    private final EngineStore store = new MemoryEngineStore();
    private final Configuration config = new Configuration(new KeyCatalogue(1), store);

    @AfterEach
    void tearDown() {
        time.dispose();
    }

    private void booted(ChargePointStatus connectorStatus) {
        new ChargePoint(backend, station, config, store, time,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null)).start();
        backend.connected(true);
        backend.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, T0, 300));
        expectStatus(0, connectorStatus == ChargePointStatus.UNAVAILABLE ? ChargePointStatus.UNAVAILABLE
                : ChargePointStatus.AVAILABLE);
        expectStatus(1, connectorStatus);
    }

    private void expectStatus(int connector, ChargePointStatus status) {
        var sent = backend.next(StatusNotificationRequest.class);
        assertThat(sent.<StatusNotificationRequest>request().connectorId()).isEqualTo(connector);
        assertThat(sent.<StatusNotificationRequest>request().status()).isEqualTo(status);
        sent.answer(StatusNotificationConfirmation.INSTANCE);
    }

    private void charging() {
        station.energy(1, 100);
        backend.receive(new RemoteStartTransactionRequest(1, "TAG-1", null));
        expectStatus(1, ChargePointStatus.PREPARING);
        station.pilot(1, PilotState.C);
        backend.next(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 1));
        expectStatus(1, ChargePointStatus.CHARGING);
    }

    @Test
    void changeAvailabilityIsScheduledDuringATransactionAndSurvivesARestart() { // OCA TC_014 / TC_016
        booted(ChargePointStatus.AVAILABLE);
        charging();
        var answer = backend.receive(new ChangeAvailabilityRequest(0, AvailabilityType.INOPERATIVE));
        assertThat(answer.status()).isEqualTo(AvailabilityStatus.SCHEDULED);
        assertThat(backend.quiet()).isTrue();
        station.pilot(1, PilotState.A);
        backend.next(StopTransactionRequest.class).answer(new StopTransactionConfirmation(null));
        expectStatus(0, ChargePointStatus.UNAVAILABLE);
        expectStatus(1, ChargePointStatus.UNAVAILABLE);
        assertThat(backend.receive(new ChangeAvailabilityRequest(2, AvailabilityType.INOPERATIVE)).status())
                .isEqualTo(AvailabilityStatus.REJECTED);

        backend = new RecordingClient();
        station = new FakeStation(1);
        booted(ChargePointStatus.UNAVAILABLE);
        assertThat(backend.receive(new RemoteStartTransactionRequest(1, "TAG-1", null)).status().literal())
                .isEqualTo("Rejected");
    }

    @Test
    void unlockConnectorStopsTheTransactionFirst() { // OCA TC_017
        booted(ChargePointStatus.AVAILABLE);
        charging();
        var answer = backend.receive(new UnlockConnectorRequest(1));
        assertThat(answer.status()).isEqualTo(UnlockStatus.UNLOCKED);
        assertThat(backend.next(StopTransactionRequest.class).<StopTransactionRequest>request().reason())
                .isEqualTo(Reason.UNLOCK_COMMAND);
        assertThat(backend.receive(new UnlockConnectorRequest(9)).status()).isEqualTo(UnlockStatus.NOT_SUPPORTED);
    }

    @Test
    void aSoftResetStopsTransactionsThenReboots() { // OCA TC_013
        booted(ChargePointStatus.AVAILABLE);
        charging();
        backend.receive(new ResetRequest(ResetType.SOFT));
        assertThat(backend.next(StopTransactionRequest.class).<StopTransactionRequest>request().reason())
                .isEqualTo(Reason.SOFT_RESET);
        assertThat(station.commands).doesNotContain("reboot SoftReset");
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(station.commands).contains("reboot SoftReset");
    }

    @Test
    void triggerMessageSendsTheRequestedMessageAfterItsAnswer() { // OCA TC_054..061
        booted(ChargePointStatus.AVAILABLE);
        config.change("MeterValuesSampledData", "Energy.Active.Import.Register");
        station.energy(1, 1234);
        assertThat(backend.receive(new TriggerMessageRequest(MessageTrigger.STATUS_NOTIFICATION, 5)).status())
                .isEqualTo(TriggerMessageStatus.REJECTED);
        assertThat(backend.receive(new TriggerMessageRequest(MessageTrigger.STATUS_NOTIFICATION, 1)).status())
                .isEqualTo(TriggerMessageStatus.ACCEPTED);
        expectStatus(1, ChargePointStatus.AVAILABLE);
        backend.receive(new TriggerMessageRequest(MessageTrigger.HEARTBEAT, null));
        backend.next(HeartbeatRequest.class);
        backend.receive(new TriggerMessageRequest(MessageTrigger.METER_VALUES, 1));
        MeterValuesRequest values = backend.next(MeterValuesRequest.class).request();
        assertThat(values.transactionId()).isNull();
        assertThat(values.meterValue().get(0).sampledValue().get(0).context()).isEqualTo(ReadingContext.TRIGGER);
        assertThat(values.meterValue().get(0).sampledValue().get(0).value()).isEqualTo("1234");
        backend.receive(new TriggerMessageRequest(MessageTrigger.BOOT_NOTIFICATION, null));
        backend.next(BootNotificationRequest.class);
    }

    @Test
    void triggerMessageForAConnectorThatDoesNotExistIsRejectedAndSendsNothing() { // OCA TC_055
        booted(ChargePointStatus.AVAILABLE);
        config.change("MeterValuesSampledData", "Energy.Active.Import.Register");
        station.energy(1, 1234);
        assertThat(backend.receive(new TriggerMessageRequest(MessageTrigger.METER_VALUES, 2)).status())
                .as("NumberOfConnectors + 1").isEqualTo(TriggerMessageStatus.REJECTED);
        time.advanceTimeBy(Duration.ofSeconds(60));
        assertThat(backend.quiet()).as("no MeterValues").isTrue();
    }

    @Test
    void dataTransferOfAnUnknownVendorIsAnsweredUnknownVendorId() {
        booted(ChargePointStatus.AVAILABLE);
        assertThat(backend.receive(new DataTransferRequest("com.example", "Hello", null)).status())
                .isEqualTo(DataTransferStatus.UNKNOWN_VENDOR_ID);
    }

    @Test
    void clearCacheForgetsIdTagsForOfflineAuthorization() { // OCA TC_061 clear authorization cache
        booted(ChargePointStatus.AVAILABLE);
        station.card("TAG-1", 1);
        backend.next(AuthorizeRequest.class).answer(new AuthorizeConfirmation(ACCEPTED));
        expectStatus(1, ChargePointStatus.PREPARING);
        time.advanceTimeBy(Duration.ofSeconds(60)); // ConnectionTimeOut
        expectStatus(1, ChargePointStatus.AVAILABLE);

        station.card("TAG-1", 1); // offline: the cache knows TAG-1
        backend.next(AuthorizeRequest.class).fail(new CallException.Offline(io.reactiveocpp.codec.action.Action.AUTHORIZE, "test"));
        expectStatus(1, ChargePointStatus.PREPARING);
        time.advanceTimeBy(Duration.ofSeconds(60));
        expectStatus(1, ChargePointStatus.AVAILABLE);

        assertThat(backend.receive(new ClearCacheRequest()).status()).isEqualTo(ClearCacheStatus.ACCEPTED);
        station.card("TAG-1", 1);
        backend.next(AuthorizeRequest.class).fail(new CallException.Offline(io.reactiveocpp.codec.action.Action.AUTHORIZE, "test"));
        assertThat(backend.quiet()).as("unknown offline: not authorized").isTrue();
    }
}
