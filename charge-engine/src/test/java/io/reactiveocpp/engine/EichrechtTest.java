package io.reactiveocpp.engine;

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
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.type.ReadingContext;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.SampledValue;
import io.reactiveocpp.codec.type.ValueFormat;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.hal.sim.SimulatedStation;
import io.reactiveocpp.hal.sim.SimulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eichrecht: with {@code EichrechtEnabled}, Transaction.Begin and .End carry the meter's signed reading
 * (format SignedData, OCMF), and no transaction starts on a meter that cannot sign. On the simulated station.
 */
class EichrechtTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final IdTagInfo ACCEPTED = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final RecordingClient backend = new RecordingClient();
    private final MemoryEngineStore store = new MemoryEngineStore();
    private final Configuration config = new Configuration(new KeyCatalogue(1), store);
    private SimulatedStation station;

    @AfterEach
    void tearDown() {
        station.dispose();
        time.dispose();
    }

    private void booted(boolean signingMeter) {
        station = SimulatedStation.start(SimulatorConfig.builder().connectors(1).signedMeter(signingMeter).build(), time);
        config.change("EichrechtEnabled", "true");
        config.change("MeterValueSampleInterval", "0");
        new ChargePoint(backend, station, config, store, time,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null)).start();
        backend.connected(true);
        backend.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, T0, 86_400));
        backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE);
        backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE);
    }

    /** Answers the StatusNotifications at the head of the outbound CALLs; leaves any other CALL where it is. */
    private void skipStatuses() {
        while (backend.nextIs(StatusNotificationRequest.class)) {
            backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE);
        }
    }

    @Test
    void signedBeginAndEndReadingsTravelWithTheTransaction() {
        booted(true);
        station.plug(1);
        time.advanceTimeBy(Duration.ofSeconds(1));
        backend.next(StatusNotificationRequest.class).answer(StatusNotificationConfirmation.INSTANCE);
        backend.receive(new RemoteStartTransactionRequest(1, "TAG-1", null));
        backend.next(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 8));
        time.advanceTimeBy(Duration.ofSeconds(5));
        MeterValuesRequest begin = findMeterValues();
        SampledValue signed = begin.meterValue().get(0).sampledValue().get(0);
        assertThat(signed.format()).isEqualTo(ValueFormat.SIGNED_DATA);
        assertThat(signed.context()).isEqualTo(ReadingContext.TRANSACTION_BEGIN);
        assertThat(signed.value()).startsWith("OCMF|");

        time.advanceTimeBy(Duration.ofMinutes(10));
        backend.receive(new RemoteStopTransactionRequest(8));
        time.advanceTimeBy(Duration.ofSeconds(1));
        StopTransactionRequest stop = findStop();
        assertThat(stop.transactionData()).extracting(v -> v.sampledValue().get(0).context())
                .containsExactly(ReadingContext.TRANSACTION_BEGIN, ReadingContext.TRANSACTION_END);
        assertThat(stop.transactionData()).allSatisfy(v ->
                assertThat(v.sampledValue().get(0).format()).isEqualTo(ValueFormat.SIGNED_DATA));
        assertThat(stop.meterStop()).isGreaterThan(0);
    }

    @Test
    void noTransactionStartsOnAMeterThatCannotSign() {
        booted(false);
        station.plug(1);
        time.advanceTimeBy(Duration.ofSeconds(1));
        skipStatuses();
        backend.receive(new RemoteStartTransactionRequest(1, "TAG-1", null));
        skipStatuses();
        assertThat(backend.quiet()).as("no StartTransaction, nothing else left unanswered").isTrue();
    }

    private MeterValuesRequest findMeterValues() {
        var sent = backend.find(MeterValuesRequest.class);
        sent.answer(MeterValuesConfirmation.INSTANCE);
        return sent.request();
    }

    private StopTransactionRequest findStop() {
        return backend.find(StopTransactionRequest.class).request();
    }
}
