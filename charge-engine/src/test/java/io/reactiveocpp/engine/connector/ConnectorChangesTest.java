package io.reactiveocpp.engine.connector;

import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.engine.ChargePoint;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ChargePoint#changes()}: the live status's signal, free until watched, never a burden to the engine. */
class ConnectorChangesTest extends EngineScenario {

    private final List<Object> seen = new ArrayList<>();

    @Test
    void aConnectorChangeAndAMeterReadingEachSignalTheirConnector() {
        ChargePoint chargePoint = bootedAtT0();
        Disposable watching = chargePoint.changes().subscribe(seen::add);
        seen.clear(); // the registration's current state comes at once

        station.pilot(1, PilotState.B);
        expectStatus(1, ChargePointStatus.PREPARING);
        assertThat(seen).as("the plug").contains(1);

        seen.clear();
        station.energy(1, 6_000);
        assertThat(seen).as("a meter reading").containsExactly(1);
        watching.dispose();
    }

    @Test
    void theTransactionIdFromTheBackendSignalsItsConnector() {
        ChargePoint chargePoint = bootedAtT0();
        backend.receive(new RemoteStartTransactionRequest(1, "TAG-1", null));
        expectStatus(1, ChargePointStatus.PREPARING);
        station.pilot(1, PilotState.C);
        var start = backend.next(StartTransactionRequest.class);
        Disposable watching = chargePoint.changes().subscribe(seen::add);
        seen.clear();

        start.answer(new StartTransactionConfirmation(ACCEPTED, 21));
        assertThat(chargePoint.transactions().active(1).transactionId()).isEqualTo(21);
        assertThat(seen).as("the transactionId bound").contains(1);
        watching.dispose();
    }

    @Test
    void nothingIsMadeForTheSignalBeforeAnyoneSubscribes() {
        ChargePoint chargePoint = bootedAtT0();
        station.pilot(1, PilotState.B);
        expectStatus(1, ChargePointStatus.PREPARING);
        station.energy(1, 6_000);
        var flux = chargePoint.changes();
        assertThat(chargePoint.connectors().watched()).as("asking for the Flux is not subscribing").isFalse();

        Disposable watching = flux.subscribe(seen::add);
        assertThat(chargePoint.connectors().watched()).isTrue();
        watching.dispose();
    }

    @Test
    void aSubscriberWithoutDemandOrOneThatFailsHoldsUpNeitherTheEngineNorTheOthers() {
        ChargePoint chargePoint = bootedAtT0();
        BaseSubscriber<Object> stalled = new BaseSubscriber<>() {
            @Override
            protected void hookOnSubscribe(Subscription subscription) {
                // requests nothing, ever
            }
        };
        chargePoint.changes().subscribe(stalled);
        chargePoint.changes().subscribe(change -> {
            throw new IllegalStateException("a broken page");
        });
        Disposable watching = chargePoint.changes().subscribe(seen::add);
        seen.clear();

        for (int i = 0; i < 500; i++) {
            station.energy(1, 6_000 + i);
        }
        station.pilot(1, PilotState.B);
        expectStatus(1, ChargePointStatus.PREPARING); // the engine went on
        assertThat(seen).as("the watching subscriber saw every signal").hasSize(501).containsOnly(1);
        assertThat(chargePoint.meterReadings().energyWh(1)).isEqualTo(6_499);
        stalled.dispose();
        watching.dispose();
    }
}
