package io.reactiveocpp.engine.hal;

import io.reactiveocpp.engine.connector.Connectors;
import io.reactiveocpp.hal.ChargingStation;
import io.reactiveocpp.hal.ConnectorHardware;
import io.reactiveocpp.hal.Hmi;
import io.reactiveocpp.hal.SignedReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.function.UnaryOperator;

/**
 * The only part of the engine that commands the hardware: contactor, control pilot, cable lock, the meter's
 * signature, the HMI and the system's reboot ({@link HardwareEvents} is the only one that listens to it). The current
 * offered on a connector is computed here from its {@link OfferInputs}, and the facts the status is derived
 * from (offered current, contactor closed) follow each command's outcome. Confined to the engine's scheduler;
 * every command's outcome is handled there.
 */
public final class HardwareBridge {

    private static final Logger LOG = LoggerFactory.getLogger(HardwareBridge.class);

    private final ChargingStation station;
    private final Connectors connectors;
    private final Scheduler scheduler;
    private final OfferInputs[] inputs;

    /** {@code maxCurrent}: the hardware's bound of the offer on every connector, A. */
    public HardwareBridge(ChargingStation station, Connectors connectors, Scheduler scheduler, double maxCurrent) {
        this.station = station;
        this.connectors = connectors;
        this.scheduler = scheduler;
        this.inputs = new OfferInputs[station.connectorCount() + 1];
        for (int id = 1; id < inputs.length; id++) {
            inputs[id] = OfferInputs.of(maxCurrent);
        }
    }

    public int connectorCount() {
        return station.connectorCount();
    }

    /** The current connector {@code id} offers while a transaction charges on it, A. */
    public double offer(int id) {
        return inputs[id].amps();
    }

    /** What bounds the offer on connector {@code id} now. */
    public OfferInputs offerInputs(int id) {
        return inputs[id];
    }

    /**
     * Changes what bounds the offer on connector {@code id}; while a transaction runs on it, a changed offer
     * goes to the pilot at once and into the connector's facts (0 A: SuspendedEVSE).
     */
    public void offerInputs(int id, UnaryOperator<OfferInputs> change) {
        double before = offer(id);
        inputs[id] = change.apply(inputs[id]);
        double after = offer(id);
        if (after != before && connectors.facts(id).transaction()) {
            connectors.update(id, f -> f.withOffered(after));
            hardware(id).pilot().offer(after).subscribe(null, e -> LOG.error("offer {} A failed", after, e));
        }
    }

    /**
     * Closes the contactor, then offers {@link #offer} on the pilot; on success the contactor counts as
     * closed, on failure nothing is offered (SuspendedEVSE).
     */
    public void energize(int id) {
        ConnectorHardware hardware = hardware(id);
        hardware.relay().close()
                .then(Mono.defer(() -> hardware.pilot().offer(offer(id))))
                .publishOn(scheduler)
                .subscribe(null, error -> {
                    LOG.error("connector {} could not be energized: {}", id, error.getMessage());
                    connectors.update(id, f -> f.withOffered(0));
                }, () -> connectors.update(id, f -> f.withRelayClosed(true)));
    }

    /**
     * Offers nothing, then opens the contactor, then unlocks the cable if {@code unlock} (once no current can
     * flow).
     */
    public void deenergize(int id, boolean unlock) {
        ConnectorHardware hardware = hardware(id);
        connectors.update(id, f -> f.withOffered(0));
        hardware.pilot().offer(0)
                .then(hardware.relay().open())
                .publishOn(scheduler)
                .subscribe(null, error -> LOG.error("connector {} could not be switched off: {}", id,
                        error.getMessage()), () -> {
                    connectors.update(id, f -> f.withRelayClosed(false));
                    if (unlock) {
                        unlock(id).subscribe(null, e -> LOG.error("the cable of connector {} did not unlock: {}", id,
                                e.getMessage()));
                    }
                });
    }

    /** Locks the cable of connector {@code id}; lazy; fails when the lock does not confirm. */
    public Mono<Void> lock(int id) {
        return hardware(id).lock().lock();
    }

    /** Unlocks the cable of connector {@code id}; lazy; fails when the lock does not confirm. */
    public Mono<Void> unlock(int id) {
        return hardware(id).lock().unlock();
    }

    /** Whether the meter of connector {@code id} can sign its readings (Eichrecht). */
    public boolean canSign(int id) {
        return hardware(id).meter().canSign();
    }

    /** A signed reading of the meter of connector {@code id}, on the engine's scheduler. */
    public Mono<SignedReading> signedReading(int id) {
        return hardware(id).meter().signedReading().publishOn(scheduler);
    }

    /** The lights, display and sounds (tariffs, the backend's reachability). */
    public Hmi hmi() {
        return station.hmi();
    }

    /** Installs a downloaded firmware file through the HAL; lazy; completes on the engine's scheduler. */
    public Mono<Void> installFirmware(java.nio.file.Path file) {
        return station.system().installFirmware(file).publishOn(scheduler);
    }

    /** The running firmware's version as the HAL knows it, or {@code null}. */
    public String firmwareVersion() {
        return station.system().firmwareVersion();
    }

    /** Restarts the system through the HAL's reboot hook. */
    public void reboot(String reason) {
        station.system().reboot(reason);
    }

    private ConnectorHardware hardware(int id) {
        return station.connector(id);
    }
}
