package io.reactiveocpp.engine.testing;

import io.reactiveocpp.hal.ChargingStation;
import io.reactiveocpp.hal.ConnectorHardware;
import io.reactiveocpp.hal.ConnectorLock;
import io.reactiveocpp.hal.ControlPilot;
import io.reactiveocpp.hal.EnergyMeter;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.HardwareException;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Hardware for engine tests (the one place a stand-in is allowed): the test sets pilot states, meter
 * registers and card presentations; commands succeed at once and are recorded ({@code "lock 1"}, {@code
 * "relay 1 close"}, {@code "offer 1 32.0"}), and so are the tariffs the HMI is given ({@code "tariff 1 0.39
 * EUR/kWh"}). A cable lock made {@link #lockStuck stuck} behaves as the HAL's locks do: a command that would
 * move it fails with {@link HardwareException} and raises ConnectorLockFailure, which the next confirmed
 * command clears.
 */
public final class FakeStation implements ChargingStation {

    public final List<String> commands = new ArrayList<>();
    /** Whether a firmware install fails; a successful one takes the version from the file's first line. */
    public boolean installFails;
    private String firmwareVersion;
    private final List<Connector> connectors = new ArrayList<>();
    private final Sinks.Many<IdTokenReader.IdTokenPresented> cards = Sinks.many().multicast().directBestEffort();
    private final Sinks.Many<Fault> faults = Sinks.many().replay().all();
    private final Hmi hmi = new Hmi() {
        @Override
        public void show(int connectorId, Indication indication) {
        }

        @Override
        public void backendReachable(boolean reachable, boolean asError) {
        }

        @Override
        public void tariff(int connectorId, String text) {
            commands.add("tariff " + connectorId + " " + text);
        }
    };

    /** The station's ISO 15118 stack (Plug &amp; Charge). */
    public final FakeIso15118 iso15118 = new FakeIso15118();

    @Override
    public io.reactiveocpp.hal.Iso15118Stack iso15118() {
        return iso15118;
    }

    public FakeStation(int count) {
        for (int i = 1; i <= count; i++) {
            connectors.add(new Connector(i));
        }
    }

    public void pilot(int connectorId, PilotState state) {
        connectors.get(connectorId - 1).pilot.tryEmitNext(state);
    }

    public void energy(int connectorId, double wh) {
        connectors.get(connectorId - 1).readings.tryEmitNext(new MeterReading(Instant.EPOCH, wh, 0, 7_360,
                new MeterReading.Phases(32, 0, 0), new MeterReading.Phases(230, Double.NaN, Double.NaN), 50, Double.NaN, null));
    }

    public void card(String idTag, Integer connectorId) {
        cards.tryEmitNext(new IdTokenReader.IdTokenPresented(idTag, connectorId));
    }

    public void fault(Fault fault) {
        faults.tryEmitNext(fault);
    }

    /** The cable lock of a connector no longer moves ({@code true}) or moves again. */
    public void lockStuck(int connectorId, boolean stuck) {
        connectors.get(connectorId - 1).lockStuck = stuck;
    }

    @Override
    public int connectorCount() {
        return connectors.size();
    }

    @Override
    public ConnectorHardware connector(int id) {
        return connectors.get(id - 1);
    }

    @Override
    public IdTokenReader idTokenReader() {
        return cards::asFlux;
    }

    @Override
    public Hmi hmi() {
        return hmi;
    }

    @Override
    public SystemControl system() {
        return new SystemControl() {
            @Override
            public void reboot(String reason) {
                commands.add("reboot " + reason);
            }

            @Override
            public Mono<Void> installFirmware(Path file) {
                return Mono.fromRunnable(() -> {
                    commands.add("install " + file.getFileName());
                    if (installFails) {
                        throw new io.reactiveocpp.hal.HardwareException("the install command failed");
                    }
                    try {
                        firmwareVersion = java.nio.file.Files.readAllLines(file).get(0);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }

            @Override
            public String firmwareVersion() {
                return firmwareVersion;
            }

            @Override
            public Flux<NetworkState> network() {
                return Flux.just(new NetworkState(true, false));
            }
        };
    }

    @Override
    public Flux<Fault> faults() {
        return faults.asFlux();
    }

    private final class Connector implements ConnectorHardware, EnergyMeter, PowerRelay, ControlPilot {
        final int id;
        final Sinks.Many<PilotState> pilot = Sinks.many().replay().latest();
        final Sinks.Many<MeterReading> readings = Sinks.many().replay().latest();
        boolean closed;
        boolean locked;
        boolean lockStuck;
        boolean lockFailed;
        final ConnectorLock cableLock = new ConnectorLock() {
            @Override
            public Mono<Void> lock() {
                return move(true);
            }

            @Override
            public Mono<Void> unlock() {
                return move(false);
            }

            private Mono<Void> move(boolean target) {
                return Mono.fromRunnable(() -> {
                    commands.add((target ? "lock " : "unlock ") + id);
                    if (locked != target && lockStuck) {
                        String info = target ? "cable lock did not lock" : "cable lock did not unlock";
                        lockFailed = true;
                        faults.tryEmitNext(new Fault(id, FaultCode.CONNECTOR_LOCK_FAILURE, info, null, true));
                        throw new HardwareException("connector " + id + ": " + info);
                    }
                    locked = target;
                    if (lockFailed) {
                        lockFailed = false;
                        faults.tryEmitNext(new Fault(id, FaultCode.CONNECTOR_LOCK_FAILURE, null, null, false));
                    }
                });
            }

            @Override
            public boolean locked() {
                return locked;
            }
        };
        double offered;

        Connector(int id) {
            this.id = id;
            pilot.tryEmitNext(PilotState.A);
        }

        @Override public int id() { return id; }
        @Override public EnergyMeter meter() { return this; }
        @Override public PowerRelay relay() { return this; }
        @Override public ControlPilot pilot() { return this; }
        @Override public ConnectorLock lock() { return cableLock; }
        @Override public Flux<MeterReading> readings() { return readings.asFlux(); }
        @Override public String serialNumber() { return "M-" + id; }
        @Override public String model() { return "FakeMeter"; }
        @Override public boolean canSign() { return false; }
        @Override public Mono<SignedReading> signedReading() { return Mono.empty(); }

        @Override
        public Mono<Void> close() {
            return Mono.fromRunnable(() -> {
                closed = true;
                commands.add("relay " + id + " close");
            });
        }

        @Override
        public Mono<Void> open() {
            return Mono.fromRunnable(() -> {
                closed = false;
                commands.add("relay " + id + " open");
            });
        }

        @Override public boolean closed() { return closed; }
        @Override public Flux<PilotState> states() { return pilot.asFlux(); }

        @Override
        public Mono<Void> offer(double amps) {
            return Mono.fromRunnable(() -> {
                offered = amps;
                commands.add("offer " + id + " " + amps);
            });
        }

        @Override public double offered() { return offered; }


    }
}
