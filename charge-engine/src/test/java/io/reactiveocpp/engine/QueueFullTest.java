package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.AuthorizeConfirmation;
import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.type.ChargePointStatus;
import io.reactiveocpp.codec.type.RemoteStartStopStatus;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.hal.PilotState;
import io.reactiveocpp.session.QueueState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No charging session is begun that the queue could not keep: while the queue is full and
 * {@code DisallowChargingIfQueueFull} is on, and while the queue's disk is full whatever that key says.
 */
class QueueFullTest extends EngineScenario {

    private static final QueueState FULL = new QueueState(1000, 1000, 0, true, Duration.ZERO, 0, 0, false);
    private static final QueueState DISK_FULL = new QueueState(3, 1000, 0, true, Duration.ZERO, 0, 0, true);
    private static final QueueState ROOM = new QueueState(3, 1000, 0, false, Duration.ZERO, 0, 0, false);

    private ChargePoint chargePoint;

    @BeforeEach
    void booted() {
        chargePoint = bootedAtT0();
        station.energy(1, 1_000);
    }

    @Test
    void aFullDiskRefusesNewSessionsWhateverDisallowChargingIfQueueFullSays() {
        assertThat(config.bool("DisallowChargingIfQueueFull")).isFalse();
        backend.queue(DISK_FULL);
        time.advanceTime();
        assertThat(chargePoint.chargingRefusal()).contains("disk");
        assertThat(backend.receive(new RemoteStartTransactionRequest(1, "TAG-1", null)).status())
                .isEqualTo(RemoteStartStopStatus.REJECTED);
        cardAndCable();
        assertThat(backend.quiet()).as("no StartTransaction while the disk is full").isTrue();

        backend.queue(ROOM);
        time.advanceTime();
        assertThat(chargePoint.chargingRefusal()).isNull();
    }

    @Test
    void aFullQueueRefusesNewSessionsOnlyWithDisallowChargingIfQueueFull() {
        backend.queue(FULL);
        time.advanceTime();
        assertThat(chargePoint.chargingRefusal()).as("the key is off").isNull();
        config.change("DisallowChargingIfQueueFull", "true");
        assertThat(chargePoint.chargingRefusal()).contains("DisallowChargingIfQueueFull");
        cardAndCable();
        assertThat(backend.quiet()).isTrue();

        config.change("DisallowChargingIfQueueFull", "false");
        station.pilot(1, PilotState.A);
        time.advanceTime();
        expectStatus(1, ChargePointStatus.AVAILABLE, T0);
        cardAndCable();
        expect(new StartTransactionRequest(1, "TAG-2", 1_000, null, T0), new StartTransactionConfirmation(ACCEPTED, 8));
    }

    /** A card that the backend accepts, then the cable: Preparing; a StartTransaction only if nothing refuses. */
    private void cardAndCable() {
        String tag = chargePoint.chargingRefusal() == null ? "TAG-2" : "TAG-1";
        station.card(tag, null);
        expect(new AuthorizeRequest(tag), new AuthorizeConfirmation(ACCEPTED));
        expectStatus(1, ChargePointStatus.PREPARING, T0);
        station.pilot(1, PilotState.C);
        time.advanceTime();
    }
}
