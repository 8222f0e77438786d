package io.reactiveocpp.bench.engine;

import io.reactiveocpp.hal.ChargingStation;
import io.reactiveocpp.hal.ConnectorHardware;
import io.reactiveocpp.hal.ConnectorLock;
import io.reactiveocpp.hal.ControlPilot;
import io.reactiveocpp.hal.EnergyMeter;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.Hmi;
import io.reactiveocpp.hal.IdTokenReader;
import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.PilotState;
import io.reactiveocpp.hal.PowerRelay;
import io.reactiveocpp.hal.SignedReading;
import io.reactiveocpp.hal.SystemControl;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.nio.file.Path;

/** One connector whose control pilot the benchmark drives; every command succeeds at once. */
final class LatencyStation implements ChargingStation, ConnectorHardware, ControlPilot, PowerRelay {

    private final Sinks.Many<PilotState> pilot = Sinks.many().replay().latest();

    LatencyStation() {
        pilot.tryEmitNext(PilotState.A);
    }

    /** The hardware event: emitted on the calling thread, as a driver thread would. */
    void pilot(PilotState state) {
        pilot.emitNext(state, Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofSeconds(1)));
    }

    @Override public int connectorCount() { return 1; }
    @Override public ConnectorHardware connector(int id) { return this; }
    @Override public IdTokenReader idTokenReader() { return Flux::never; }
    @Override public Hmi hmi() { return Hmi.NONE; }
    @Override public Flux<Fault> faults() { return Flux.never(); }
    @Override public int id() { return 1; }
    @Override public ControlPilot pilot() { return this; }
    @Override public PowerRelay relay() { return this; }
    @Override public ConnectorLock lock() { return LOCK; }
    @Override public Flux<PilotState> states() { return pilot.asFlux(); }
    @Override public Mono<Void> offer(double amps) { return Mono.empty(); }
    @Override public double offered() { return 0; }
    @Override public Mono<Void> close() { return Mono.empty(); }
    @Override public Mono<Void> open() { return Mono.empty(); }
    @Override public boolean closed() { return false; }
    private static final ConnectorLock LOCK = new ConnectorLock() {
        @Override public Mono<Void> lock() { return Mono.empty(); }
        @Override public Mono<Void> unlock() { return Mono.empty(); }
        @Override public boolean locked() { return false; }
    };

    @Override
    public EnergyMeter meter() {
        return new EnergyMeter() {
            @Override public Flux<MeterReading> readings() { return Flux.never(); }
            @Override public String serialNumber() { return null; }
            @Override public String model() { return null; }
            @Override public boolean canSign() { return false; }
            @Override public Mono<SignedReading> signedReading() { return Mono.empty(); }
        };
    }

    @Override
    public SystemControl system() {
        return new SystemControl() {
            @Override public void reboot(String reason) { }
            @Override public Mono<Void> installFirmware(Path file) { return Mono.empty(); }
            @Override public Flux<NetworkState> network() { return Flux.never(); }
        };
    }
}
