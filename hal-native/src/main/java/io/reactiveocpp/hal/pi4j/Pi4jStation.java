package io.reactiveocpp.hal.pi4j;

import com.pi4j.context.Context;
import io.reactiveocpp.hal.ChargingStation;
import io.reactiveocpp.hal.ConnectorHardware;
import io.reactiveocpp.hal.ConnectorLock;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.Hmi;
import io.reactiveocpp.hal.IdTokenReader;
import io.reactiveocpp.hal.SystemControl;
import io.reactiveocpp.hal.modbus.ModbusEnergyMeter;
import io.reactiveocpp.hal.modbus.ModbusMeterConfig;
import io.reactiveocpp.hal.modbus.ModbusRtuClient;
import io.reactiveocpp.hal.modbus.RegisterMap;
import io.reactiveocpp.hal.modbus.SerialLink;
import io.reactiveocpp.hal.pi4j.Pi4jWiring.ConnectorWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A charging station of Pi4J drivers, assembled from a {@link Pi4jWiring}: per connector a
 * {@link Pi4jPowerRelay}, a {@link Pi4jConnectorLock} (or a lock that always succeeds, for a fixed cable), a
 * {@link Pi4jControlPilot} and a {@link ModbusEnergyMeter} on a {@link JSerialCommLink}; a
 * {@link PcscIdTokenReader}; no HMI ({@link Hmi#NONE}). The drivers' faults are merged into {@link #faults()}.
 *
 * <p>Threads, each a single thread of the station's own: {@code pi4j-io} (contactor and lock timeouts, faults),
 * {@code pi4j-pilot} (the pilots' ADC reads, which block), one {@code modbus-N} per serial line (its meters'
 * polling, which blocks) and {@code pcsc} (the reader's polling). Polling starts at {@link #create}.
 *
 * <p>The Pi4J {@link Context} given to {@link #create} belongs to the caller, who shuts it down after
 * {@link #dispose()}; the one {@link #createOnBoard} makes ({@link Pi4jBoard}: gpiod and linuxfs, no pigpio)
 * belongs to the station, which shuts it down last in {@link #dispose()}. Either way no Pi4J type leaves this
 * package. The serial lines are jSerialComm's, outside the Pi4J context.
 */
public final class Pi4jStation implements ChargingStation, Disposable {

    private static final Logger log = LoggerFactory.getLogger(Pi4jStation.class);
    private static final IdTokenReader NO_READER = Flux::never;

    /** Opens the PC/SC reader of a configuration; {@link PcscIdTokenReader#open} in service. */
    interface ReaderOpener {
        PcscIdTokenReader open(PcscReaderConfig config, Scheduler scheduler, Consumer<Fault> faults);
    }

    private final Deque<Disposable> parts = new ArrayDeque<>();
    private final List<ConnectorHardware> connectors = new ArrayList<>();
    private final StationFaults faults;
    private final SystemControl system;
    private final IdTokenReader reader;
    private volatile boolean disposed;

    private Pi4jStation(Pi4jIo io, Pi4jWiring wiring, Runnable rebootHook, Function<String, Scheduler> threads,
                        ReaderOpener readers, SerialPorts ports) {
        try {
            faults = assemble(io, wiring, threads, ports);
            reader = wiring.reader() == null ? NO_READER : openReader(wiring.reader(), thread(threads, "pcsc"), readers);
            system = new HostSystem(rebootHook, wiring.firmware());
        } catch (RuntimeException e) {
            dispose();
            throw e;
        }
    }

    private StationFaults assemble(Pi4jIo io, Pi4jWiring wiring, Function<String, Scheduler> threads,
                                   SerialPorts ports) {
        Scheduler ioThread = thread(threads, "pi4j-io");
        Scheduler pilotThread = thread(threads, "pi4j-pilot");
        StationFaults faults = own(new StationFaults(ioThread));
        Map<String, Line> lines = new HashMap<>();
        Set<String> adcs = new HashSet<>();
        for (ConnectorWiring c : wiring.connectors()) {
            int id = c.relay().connectorId();
            String adc = Pi4jIo.spiId(c.pilot().spiBus(), c.pilot().spiChipSelect());
            if (adcs.add(adc)) {
                own(() -> io.release(adc)); // shared by pilots, released after the last of them
            }
            Pi4jPowerRelay relay = own(new Pi4jPowerRelay(io, c.relay(), ioThread, faults));
            Pi4jConnectorLock lock = c.lock() == null ? null : own(new Pi4jConnectorLock(io, c.lock(), ioThread, faults));
            Pi4jControlPilot pilot = own(new Pi4jControlPilot(io, c.pilot(), pilotThread, faults));
            Line line = lines.computeIfAbsent(c.meter().serial().device(), device -> {
                String name = "modbus-" + lines.size();
                SerialLink link = ports.open(io, name, c.meter().serial());
                own(link::close);
                return new Line(link, thread(threads, name));
            });
            ModbusMeterConfig meterConfig = c.meter().meter();
            ModbusEnergyMeter meter = own(new ModbusEnergyMeter(meterConfig, RegisterMap.named(meterConfig.registerMap()),
                    new ModbusRtuClient(line.link, meterConfig.responseTimeout()), line.thread, faults));
            connectors.add(new Pi4jConnector(id, meter, relay, pilot, lock == null ? FixedCableLock.INSTANCE : lock));
            pilot.start();
            meter.start();
        }
        return faults;
    }

    /**
     * Builds the station of {@code wiring} on {@code pi4j} and starts its polling. {@code rebootHook} is what
     * {@link SystemControl#reboot} runs. A wiring that Pi4J refuses fails with {@link IllegalArgumentException},
     * a device that cannot be opened with {@link io.reactiveocpp.hal.HardwareException}; what was built is
     * released again. A missing RFID reader only raises {@link FaultCode#READER_FAILURE}.
     */
    public static Pi4jStation create(Context pi4j, Pi4jWiring wiring, Runnable rebootHook) {
        return create(pi4j, wiring, rebootHook, name -> Schedulers.newSingle(name, true), PcscIdTokenReader::open,
                SerialPorts.JSERIALCOMM);
    }

    /** {@link #create(Context, Pi4jWiring, Runnable)} with the threads, the reader and the serial ports given (tests). */
    static Pi4jStation create(Context pi4j, Pi4jWiring wiring, Runnable rebootHook, Function<String, Scheduler> threads,
                              ReaderOpener readers, SerialPorts ports) {
        if (pi4j == null || wiring == null || rebootHook == null) {
            throw new IllegalArgumentException("pi4j, wiring and rebootHook are required");
        }
        Pi4jIo io = new Pi4jIo(pi4j);
        try {
            return new Pi4jStation(io, wiring, rebootHook, threads, readers, ports);
        } catch (RuntimeException e) {
            releaseAll(io, wiring); // a driver that failed half-way leaves its first lines registered
            throw e;
        }
    }

    /**
     * {@link #create(Context, Pi4jWiring, Runnable)} on a Pi4J context of the station's own, made by
     * {@link Pi4jBoard#newContext()} (gpiod for GPIO, linuxfs for PWM and SPI, chosen explicitly: no pigpio, no root),
     * so that callers outside this package never hold a Pi4J type. {@link #dispose()} shuts the context down after
     * the last line is released; a station that cannot be built shuts it down before the exception goes on. Errors
     * as for {@code create}.
     */
    public static Pi4jStation createOnBoard(Pi4jWiring wiring, Runnable rebootHook) {
        return createWithOwnContext(Pi4jBoard::newContext, wiring, rebootHook, name -> Schedulers.newSingle(name, true),
                PcscIdTokenReader::open, SerialPorts.JSERIALCOMM);
    }

    /** {@link #createOnBoard} with the context, the threads, the reader and the serial ports given (tests). */
    static Pi4jStation createWithOwnContext(Supplier<Context> contexts, Pi4jWiring wiring, Runnable rebootHook,
                                            Function<String, Scheduler> threads, ReaderOpener readers,
                                            SerialPorts ports) {
        if (wiring == null || rebootHook == null) {
            throw new IllegalArgumentException("wiring and rebootHook are required");
        }
        Context pi4j = contexts.get();
        Pi4jStation station;
        try {
            station = create(pi4j, wiring, rebootHook, threads, readers, ports);
        } catch (RuntimeException e) {
            try {
                pi4j.shutdown();
            } catch (RuntimeException shutdown) {
                e.addSuppressed(shutdown);
            }
            throw e;
        }
        station.parts.addLast(pi4j::shutdown); // disposed last: after every line it holds is released
        return station;
    }

    private IdTokenReader openReader(PcscReaderConfig config, Scheduler thread, ReaderOpener readers) {
        try {
            return own(readers.open(config, thread, faults)).start();
        } catch (RuntimeException e) {
            log.error("no RFID reader: {}", e.getMessage());
            faults.accept(new Fault(config.connectorId() == null ? 0 : config.connectorId(), FaultCode.READER_FAILURE,
                    e.getMessage(), "PCSC_OPEN", true));
            return NO_READER;
        }
    }

    private Scheduler thread(Function<String, Scheduler> threads, String name) {
        return own(threads.apply(name));
    }

    private <T extends Disposable> T own(T part) {
        parts.push(part);
        return part;
    }

    private static void releaseAll(Pi4jIo io, Pi4jWiring wiring) {
        for (ConnectorWiring c : wiring.connectors()) {
            int id = c.relay().connectorId();
            for (String line : List.of(Pi4jPowerRelay.coilId(id), Pi4jPowerRelay.feedbackId(id),
                    Pi4jConnectorLock.motorId(id), Pi4jConnectorLock.feedbackId(id), Pi4jControlPilot.pwmId(id))) {
                io.release(line);
            }
        }
    }

    @Override
    public int connectorCount() {
        return connectors.size();
    }

    @Override
    public ConnectorHardware connector(int id) {
        if (id < 1 || id > connectors.size()) {
            throw new IllegalArgumentException("connector must be 1 to " + connectors.size() + ", got " + id);
        }
        return connectors.get(id - 1);
    }

    @Override
    public IdTokenReader idTokenReader() {
        return reader;
    }

    @Override
    public Hmi hmi() {
        return Hmi.NONE;
    }

    @Override
    public SystemControl system() {
        return system;
    }

    @Override
    public Flux<Fault> faults() {
        return faults.faults();
    }

    /**
     * Stops polling and releases every line, newest first: readers and meters stop, pilots go to their shutdown
     * level, contactors open and locks release as their outputs go inactive, serial ports and SPI devices close,
     * threads end.
     */
    @Override
    public void dispose() {
        disposed = true;
        while (!parts.isEmpty()) {
            Disposable part = parts.pop();
            try {
                part.dispose();
            } catch (RuntimeException e) {
                log.warn("releasing {} failed: {}", part, e.getMessage());
            }
        }
    }

    @Override
    public boolean isDisposed() {
        return disposed;
    }

    private record Line(SerialLink link, Scheduler thread) {
    }

    private record Pi4jConnector(int id, ModbusEnergyMeter meter, Pi4jPowerRelay relay, Pi4jControlPilot pilot,
                                 ConnectorLock lock) implements ConnectorHardware {
    }
}
