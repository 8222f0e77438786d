package io.reactiveocpp.engine.hal;

import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.connector.Connectors;
import io.reactiveocpp.engine.connector.StatusReporter;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.engine.testing.RecordingClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The offered current is computed in one place from its inputs, and reaches the pilot only while charging. */
class HardwareBridgeTest {

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final FakeStation station = new FakeStation(1);
    private final Configuration config = new Configuration(new KeyCatalogue(1), new MemoryEngineStore());
    private final Connectors connectors = new Connectors(1,
            new StatusReporter(new RecordingClient(), config, time, new EngineClock(time)));
    private final HardwareBridge bridge = new HardwareBridge(station, connectors, time, 32);

    @AfterEach
    void tearDown() {
        time.dispose();
    }

    @Test
    void aChangedInputOutsideATransactionOnlyChangesTheNextOffer() {
        bridge.offerInputs(1, inputs -> inputs.withEnergyAllowed(false));
        assertThat(bridge.offer(1)).isZero();
        assertThat(station.commands).as("no pilot command while nothing charges").isEmpty();
        assertThat(connectors.facts(1).offered()).isZero();
        bridge.offerInputs(1, OfferInputs::afterTransaction);
        assertThat(bridge.offer(1)).isEqualTo(32);
    }

    @Test
    void aChangedOfferDuringATransactionGoesToThePilotAndTheFacts() {
        connectors.update(1, f -> f.withTransaction(true).withOffered(bridge.offer(1)));
        bridge.energize(1);
        time.advanceTime();
        assertThat(station.commands).containsExactly("relay 1 close", "offer 1 32.0");
        bridge.offerInputs(1, inputs -> inputs.withEnergyAllowed(false));
        assertThat(station.commands).endsWith("offer 1 0.0");
        assertThat(connectors.facts(1).offered()).isZero();
        bridge.offerInputs(1, inputs -> inputs.withEnergyAllowed(false));
        assertThat(station.commands).as("an unchanged offer is not sent again").hasSize(3);
    }

    @Test
    void aProfileLimitBelowSixAmperesPausesChargingAndARisingOneResumesIt() {
        connectors.update(1, f -> f.withTransaction(true).withOffered(bridge.offer(1)));
        bridge.energize(1);
        time.advanceTime();
        bridge.offerInputs(1, inputs -> inputs.withProfileLimit(10));
        assertThat(station.commands).endsWith("offer 1 10.0");
        assertThat(connectors.facts(1).offered()).isEqualTo(10);
        bridge.offerInputs(1, inputs -> inputs.withProfileLimit(5.9));
        assertThat(station.commands).as("IEC 61851-1 has no duty cycle below 6 A").endsWith("offer 1 0.0");
        assertThat(connectors.facts(1).offered()).as("SuspendedEVSE").isZero();
        bridge.offerInputs(1, inputs -> inputs.withProfileLimit(6));
        assertThat(station.commands).endsWith("offer 1 6.0");
        bridge.offerInputs(1, inputs -> inputs.withProfileLimit(40));
        assertThat(station.commands).as("the hardware still bounds the offer").endsWith("offer 1 32.0");
    }

    @Test
    void theProfileLimitOutlivesTheTransactionButTheEnergyBoundDoesNot() {
        bridge.offerInputs(1, inputs -> inputs.withProfileLimit(16).withEnergyAllowed(false));
        bridge.offerInputs(1, OfferInputs::afterTransaction);
        assertThat(bridge.offer(1)).isEqualTo(16);
    }

    @Test
    void offerInputsNameTheBadField() {
        assertThatThrownBy(() -> OfferInputs.of(1).withProfileLimit(-1)).hasMessageContaining("profileLimitA");
        assertThatThrownBy(() -> OfferInputs.of(1).withProfileLimit(Double.NaN)).hasMessageContaining("profileLimitA");
        assertThatThrownBy(() -> OfferInputs.of(0)).hasMessageContaining("hardwareMaxA");
        assertThat(new OfferInputs(16, true).amps()).isEqualTo(16);
        assertThat(new OfferInputs(16, false).amps()).isZero();
    }
}
