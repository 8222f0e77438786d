package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.EnergyMeter;
import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.SignedReading;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;

/**
 * The simulated meter: publishes the physics' readings (latest wins) unless a {@code PowerMeterFailure}
 * has frozen it, and signs OCMF readings when configured as an Eichrecht meter.
 */
final class SimulatedMeter implements EnergyMeter {

    static final String MODEL = "reactive-ocpp SimMeter";

    private final SimulatedConnector connector;
    private final SimWorker worker;
    private final String serialNumber;
    private final OcmfSigner signer;
    private final Sinks.Many<MeterReading> readings = Sinks.many().replay().latest();
    private boolean frozen;
    private boolean signedSincePlug;

    SimulatedMeter(SimulatedConnector connector, SimulatorConfig config, SimWorker worker) {
        this.connector = connector;
        this.worker = worker;
        this.serialNumber = config.stationSerial() + "-M" + connector.id();
        this.signer = config.signedMeter()
                ? new OcmfSigner(config.seed() * 31 + connector.id(), config.stationSerial(), MODEL, serialNumber)
                : null;
    }

    @Override
    public Flux<MeterReading> readings() {
        return readings.asFlux();
    }

    @Override
    public String serialNumber() {
        return serialNumber;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public boolean canSign() {
        return signer != null;
    }

    /**
     * {@inheritDoc} The OCMF reading is {@code TX:"B"} for the first signature after a plug and {@code "E"}
     * for the later ones; it fails while the meter is frozen by a {@code PowerMeterFailure}.
     */
    @Override
    public Mono<SignedReading> signedReading() {
        if (signer == null) {
            return Mono.empty();
        }
        return worker.command(Duration.ZERO, () -> {
            if (frozen) {
                throw new HardwareException("meter " + serialNumber + " does not answer");
            }
            connector.integrateToNow();
            String tx = signedSincePlug ? "E" : "B";
            signedSincePlug = true;
            return signer.sign(connector.physics().energyWh(), worker.timestamp(), tx);
        });
    }

    /** The meter's public key, X.509 DER in hex, to verify its signatures; {@code null} if it cannot sign. */
    String publicKeyHex() {
        return signer == null ? null : signer.publicKeyHex();
    }

    void publish(MeterReading reading) {
        if (!frozen) {
            readings.tryEmitNext(reading);
        }
    }

    void frozen(boolean frozen) {
        this.frozen = frozen;
    }

    void plugged() {
        signedSincePlug = false;
    }
}
