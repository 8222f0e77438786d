package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.MeterValuesConfirmation;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.Measurand;
import io.reactiveocpp.codec.type.Phase;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Metering (OCPP 1.6 sections 3.16, 9.1): sampled, clock-aligned, stop-transaction data, and invalid ids. */
class MeteringTest extends io.reactiveocpp.engine.testing.EngineScenario {

    /** 12:07:30: the next quarter hour is 12:15:00, 450 s later. */
    private static final Instant T0 = Instant.parse("2026-11-25T12:07:30Z");
    private static final IdTagInfo ACCEPTED = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);


    @BeforeEach
    void booted() {
        bootAccepted(T0, 86_400);
        answerStatus();
        answerStatus();
        station.energy(1, 5_000);
    }

    private void charging() {
        backend.receive(new RemoteStartTransactionRequest(1, "TAG-1", null));
        backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE);
        station.pilot(1, PilotState.C);
        backend.next(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 21));
        backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE);
    }

    @Test
    void clockAlignedValuesComeOnTheQuarterHourAlsoOutsideTransactions() {
        config.change("ClockAlignedDataInterval", "900");
        config.change("MeterValuesAlignedData", "Energy.Active.Import.Register,Voltage");
        time.advanceTimeBy(Duration.ofSeconds(449));
        assertThat(backend.quiet()).isTrue();
        time.advanceTimeBy(Duration.ofSeconds(1));
        var aligned = backend.next(MeterValuesRequest.class);
        MeterValuesRequest values = aligned.request();
        assertThat(values.transactionId()).isNull();
        assertThat(values.meterValue().get(0).timestamp()).isEqualTo(Instant.parse("2026-11-25T12:15:00Z"));
        assertThat(values.meterValue().get(0).sampledValue()).extracting(SampledValue::context)
                .containsOnly(ReadingContext.SAMPLE_CLOCK);
        assertThat(values.meterValue().get(0).sampledValue()).extracting(SampledValue::measurand, SampledValue::phase)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null),
                        org.assertj.core.groups.Tuple.tuple(Measurand.VOLTAGE, Phase.L1_N));
        aligned.answer(MeterValuesConfirmation.INSTANCE);
        time.advanceTimeBy(Duration.ofSeconds(900));
        backend.next(MeterValuesRequest.class).answer(MeterValuesConfirmation.INSTANCE);
    }

    @Test
    void stopTransactionCarriesTheBeginAndEndOfStopTxnSampledData() {
        config.change("StopTxnSampledData", "Energy.Active.Import.Register");
        config.change("MeterValueSampleInterval", "0");
        charging();
        station.energy(1, 6_250);
        backend.receive(new io.reactiveocpp.codec.message.core.RemoteStopTransactionRequest(21));
        StopTransactionRequest stop = backend.next(StopTransactionRequest.class).request();
        assertThat(stop.transactionData()).hasSize(2);
        assertThat(stop.transactionData().get(0).sampledValue().get(0).context()).isEqualTo(ReadingContext.TRANSACTION_BEGIN);
        assertThat(stop.transactionData().get(0).sampledValue().get(0).value()).isEqualTo("5000");
        assertThat(stop.transactionData().get(1).sampledValue().get(0).context()).isEqualTo(ReadingContext.TRANSACTION_END);
        assertThat(stop.transactionData().get(1).sampledValue().get(0).value()).isEqualTo("6250");
    }

    @Test
    void aChangedSampleIntervalAppliesToTheRunningTransaction() {
        config.change("MeterValueSampleInterval", "300");
        charging();
        time.advanceTimeBy(Duration.ofSeconds(4));
        long changedAt = time.now(java.util.concurrent.TimeUnit.MILLISECONDS);
        config.change("MeterValueSampleInterval", "10");
        // every 10 s counted from the change, not from the start nor after the old 300 s
        for (int n = 1; n <= 2; n++) {
            time.advanceTimeBy(Duration.ofMillis(changedAt + n * 10_000L - 1 - time.now(java.util.concurrent.TimeUnit.MILLISECONDS)));
            assertThat(backend.quiet()).as("no MeterValues before %d s after the change", n * 10).isTrue();
            time.advanceTimeBy(Duration.ofMillis(1));
            var sample = backend.next(MeterValuesRequest.class);
            assertThat(sample.<MeterValuesRequest>request().meterValue().get(0).sampledValue().get(0).context())
                    .isEqualTo(ReadingContext.SAMPLE_PERIODIC);
            sample.answer(MeterValuesConfirmation.INSTANCE);
        }
    }

    @Test
    void forcedConnectorStateOverridesAvailability() {
        config.change("ForcedConnectorState", "Unavailable");
        var status = backend.next(StatusNotificationRequest.class);
        assertThat(status.<StatusNotificationRequest>request().status().literal()).isEqualTo("Unavailable");
        status.answer(StatusNotificationConfirmation.INSTANCE);
        assertThat(backend.receive(new RemoteStartTransactionRequest(1, "TAG-1", null)).status().literal())
                .isEqualTo("Rejected");
    }

    @Test
    void maxEnergyOnInvalidIdSuspendsWhenTheTransactionIsKept() {
        config.change("StopTransactionOnInvalidId", "false");
        config.change("MaxEnergyOnInvalidId", "1000");
        backend.receive(new RemoteStartTransactionRequest(1, "TAG-9", null));
        backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE);
        station.pilot(1, PilotState.C);
        backend.next(StartTransactionRequest.class)
                .answer(new StartTransactionConfirmation(new IdTagInfo(null, null, AuthorizationStatus.INVALID), 31));
        backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE); // Charging
        station.energy(1, 5_900);
        assertThat(backend.quiet()).as("900 Wh: still charging").isTrue();
        station.energy(1, 6_000);
        var suspended = backend.next(StatusNotificationRequest.class);
        assertThat(suspended.<StatusNotificationRequest>request().status().literal()).isEqualTo("SuspendedEVSE");
        assertThat(station.commands).contains("offer 1 0.0");
    }

    @Test
    void anInvalidIdInTheStartAnswerStopsTheTransactionWhenConfigured() { // StopTransactionOnInvalidId
        backend.receive(new RemoteStartTransactionRequest(1, "TAG-9", null));
        backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE);
        station.pilot(1, PilotState.C);
        backend.next(StartTransactionRequest.class)
                .answer(new StartTransactionConfirmation(new IdTagInfo(null, null, AuthorizationStatus.INVALID), 30));
        backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE); // Charging
        StopTransactionRequest stop = backend.next(StopTransactionRequest.class).request();
        assertThat(stop.reason()).isEqualTo(Reason.DE_AUTHORIZED);
        assertThat(stop.transactionId()).isEqualTo(30);
    }

    @Test
    void powerOfferedIsTheOfferedCurrentOnTheConfiguredPhasesAndVoltage() {
        config.change("MeterValuesSampledData", "Current.Offered,Power.Offered");
        config.change("MeterValueSampleInterval", "10");
        config.change("ConnectorPhases", "1");
        config.change("ConnectorNominalVoltage", "240");
        charging();
        time.advanceTimeBy(Duration.ofSeconds(10));
        var sample = backend.next(MeterValuesRequest.class);
        assertThat(sample.<MeterValuesRequest>request().meterValue().get(0).sampledValue())
                .extracting(SampledValue::measurand, SampledValue::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Measurand.CURRENT_OFFERED, "32"),
                        org.assertj.core.groups.Tuple.tuple(Measurand.POWER_OFFERED, "7680")); // 32 A x 1 x 240 V
        sample.answer(MeterValuesConfirmation.INSTANCE);
        config.change("ConnectorPhases", "3");
        config.change("ConnectorNominalVoltage", "230");
        time.advanceTimeBy(Duration.ofSeconds(10));
        assertThat(backend.next(MeterValuesRequest.class).<MeterValuesRequest>request().meterValue().get(0)
                .sampledValue().get(1).value()).isEqualTo("22080"); // the defaults: 32 A x 3 x 230 V
    }

    @Test
    void anUsedUpMaxEnergyOnInvalidIdDoesNotLimitTheNextTransaction() {
        maxEnergyOnInvalidIdSuspendsWhenTheTransactionIsKept();
        backend.receive(new io.reactiveocpp.codec.message.core.RemoteStopTransactionRequest(31));
        backend.next(StopTransactionRequest.class).answer(new StopTransactionConfirmation(null));
        backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE); // Finishing
        station.commands.clear();
        backend.receive(new RemoteStartTransactionRequest(1, "TAG-1", null));
        backend.next(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 32));
        backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE); // Charging
        station.energy(1, 8_000); // 2,000 Wh past the last start: far beyond MaxEnergyOnInvalidId
        assertThat(backend.quiet()).as("still charging").isTrue();
        assertThat(station.commands).contains("relay 1 close", "offer 1 32.0").doesNotContain("offer 1 0.0");
    }
}
