package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.ActiveFaults;
import io.reactiveocpp.hal.ChargingStation;
import io.reactiveocpp.hal.ConnectorHardware;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.IdTokenReader;
import io.reactiveocpp.hal.IdTokenReader.IdTokenPresented;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;

import java.util.EnumSet;
import java.util.Set;

/**
 * A simulated charging station with one simulated EV per connector: the SPI for the engine, and plain
 * control methods for a developer, a test or the app's HTTP API. Every control method validates its
 * arguments at once ({@link IllegalArgumentException}) and then takes effect on the station's worker, in
 * call order (see the package javadoc for the threading rule); after {@link #dispose()} they throw
 * {@link IllegalStateException}.
 *
 * <p>A typical session: {@code plug(1)} (pilot B, then C at the next tick), the engine offers current and
 * closes the contactor (the EV draws power, the meter counts, the battery fills), {@code evSuspend(1)} or
 * a full battery (pilot B: SuspendedEV), {@code unplug(1)} (pilot A).
 */
public final class SimulatedStation implements ChargingStation, Disposable {

    /** The ISO 15118-2 schema version the simulated EV speaks. */
    static final String SCHEMA_VERSION = "urn:iso:15118:2:2013:MsgDef";

    /** Faults that cut the supply to the EV while active, as a tripped residual-current device does. */
    static final Set<FaultCode> SUPPLY_CUTTING = EnumSet.of(FaultCode.GROUND_FAILURE, FaultCode.OVER_CURRENT_FAILURE);

    private final SimulatorConfig config;
    private final SimWorker worker;
    private final ActiveFaults faults;
    private final SimulatedConnector[] connectors;
    private final SimulatedIdTokenReader reader = new SimulatedIdTokenReader();
    private final SimulatedHmi hmi;
    private final SimulatedIso15118 iso15118;
    private final SimulatedSystem system;
    private final Disposable ticking;

    private SimulatedStation(SimulatorConfig config, Scheduler scheduler) {
        this.config = config;
        this.worker = new SimWorker(scheduler, config.timeScale());
        this.faults = new ActiveFaults();
        this.connectors = new SimulatedConnector[config.connectors()];
        for (int i = 0; i < connectors.length; i++) {
            connectors[i] = new SimulatedConnector(i + 1, config, worker, faults);
        }
        this.hmi = new SimulatedHmi(config.connectors());
        this.iso15118 = new SimulatedIso15118(worker);
        this.system = new SimulatedSystem(worker, config.firmwareInstallTime());
        worker.execute(this::tick); // every stream has a value from the start
        this.ticking = worker.every(config.tick(), this::tick);
    }

    /**
     * Builds a station and starts its tick on a worker of {@code scheduler}: {@code Schedulers.single()} or
     * {@code parallel()} for real time, a {@code VirtualTimeScheduler} in tests.
     */
    public static SimulatedStation start(SimulatorConfig config, Scheduler scheduler) {
        if (config == null || scheduler == null) {
            throw new IllegalArgumentException("config and scheduler are required");
        }
        return new SimulatedStation(config, scheduler);
    }

    private void tick() {
        for (SimulatedConnector connector : connectors) {
            connector.tick();
        }
    }

    public SimulatorConfig config() {
        return config;
    }

    // ---- the SPI

    @Override
    public int connectorCount() {
        return connectors.length;
    }

    @Override
    public ConnectorHardware connector(int id) {
        return connectors[checkConnector(id, false) - 1];
    }

    @Override
    public IdTokenReader idTokenReader() {
        return reader;
    }

    @Override
    public SimulatedHmi hmi() {
        return hmi;
    }

    @Override
    public SimulatedSystem system() {
        return system;
    }

    @Override
    public Flux<Fault> faults() {
        return faults.follow(worker::execute);
    }

    /** The simulated ISO 15118 stack: EVs plugged in with {@link #plugAndCharge(int)} present a test contract. */
    @Override
    public SimulatedIso15118 iso15118() {
        return iso15118;
    }

    // ---- the control API

    /** An EV of the configured profile is plugged into connector {@code n}. */
    public void plug(int n) {
        plug(n, config.ev());
    }

    /** An EV of {@code ev}'s profile is plugged into connector {@code n}; replaces an EV already there. */
    public void plug(int n, EvProfile ev) {
        SimulatedConnector c = connectors[checkConnector(n, false) - 1];
        if (ev == null) {
            throw new IllegalArgumentException("ev is required");
        }
        worker.execute(() -> {
            c.simulatedMeter().plugged();
            c.apply((p, t) -> p.plug(t, ev));
        });
    }

    /**
     * An EV of the configured profile is plugged into connector {@code n} "with Plug &amp; Charge": after the
     * plug, its ISO 15118 stack presents the simulated contract ({@link SimulatedIso15118#EMAID}, its chain and
     * OCSP request data) for authorization.
     */
    public void plugAndCharge(int n) {
        plug(n);
        worker.execute(() -> iso15118.presentContract(n));
    }

    /**
     * The EV on connector {@code n} asks for its contract certificate to be installed ({@code update} false)
     * or updated: a Get15118EVCertificate request with a stand-in EXI stream (the simulator speaks no EXI).
     */
    public void requestContractCertificate(int n, boolean update) {
        checkConnector(n, false);
        var request = new io.reactiveocpp.hal.Iso15118Stack.EvCertificateRequest(n, SCHEMA_VERSION, update,
                java.util.Base64.getEncoder().encodeToString(("CertificateInstallationReq of connector " + n)
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        worker.execute(() -> iso15118.requestCertificate(request));
    }

    /** The cable is pulled from the EV (pilot A), whatever the lock does at the station's end. */
    public void unplug(int n) {
        SimulatedConnector c = connectors[checkConnector(n, false) - 1];
        worker.execute(() -> c.apply((p, t) -> p.unplug(t)));
    }

    /** The driver stops charging from the car: pilot B, no current (SuspendedEV). */
    public void evSuspend(int n) {
        SimulatedConnector c = connectors[checkConnector(n, false) - 1];
        worker.execute(() -> c.apply((p, t) -> p.suspendEv(t, true)));
    }

    /** The driver lets the car charge again: pilot C unless the battery is full. */
    public void evResume(int n) {
        SimulatedConnector c = connectors[checkConnector(n, false) - 1];
        worker.execute(() -> c.apply((p, t) -> p.suspendEv(t, false)));
    }

    /** A card for every connector is held to the reader. */
    public void presentCard(String idTag) {
        presentCard(idTag, null);
    }

    /** A card is held to the reader of {@code connectorId} ({@code null}: the reader serves all connectors). */
    public void presentCard(String idTag, Integer connectorId) {
        if (connectorId != null) {
            checkConnector(connectorId, false);
        }
        IdTokenPresented token = new IdTokenPresented(idTag, connectorId);
        worker.execute(() -> reader.present(token));
    }

    /**
     * Raises a fault on connector {@code n} (0: the whole station) and applies its effect:
     * {@code PowerMeterFailure} freezes the meter's readings, {@code GroundFailure} and
     * {@code OverCurrentFailure} cut the EV's supply, {@code ReaderFailure} (on any connector) silences the card reader;
     * the others are only reported. {@code info} is cut to 50 characters.
     */
    public void raiseFault(int n, FaultCode code, String info) {
        raiseFault(n, code, info, false);
    }

    /**
     * Raises a fault as {@link #raiseFault(int, FaultCode, String)} does; with {@code usb} it is marked as a
     * USB device's ({@link Fault#usb()}: a USB RFID reader, a USB stick), which the engine reports only with
     * {@code SendUsbErrorStatusNotifications}. The same code on the same connector is one fault, USB or not:
     * raising it again replaces it.
     */
    public void raiseFault(int n, FaultCode code, String info, boolean usb) {
        checkConnector(n, true);
        Fault fault = new Fault(n, code, info, null, true, usb);
        worker.execute(() -> {
            faults.apply(fault);
            faultsChanged();
        });
    }

    /**
     * Clears a fault raised with {@link #raiseFault} and its effect (the cleared fault keeps its USB mark);
     * nothing happens when it was not active.
     */
    public void clearFault(int n, FaultCode code) {
        checkConnector(n, true);
        if (code == null) {
            throw new IllegalArgumentException("code is required");
        }
        worker.execute(() -> {
            faults.clear(n, code);
            faultsChanged();
        });
    }

    /** Injects a hardware failure into connector {@code n}; commands meeting it fail and raise its fault. */
    public void injectFailure(int n, InjectedFailure failure) {
        setFailure(n, failure, true);
    }

    /** Repairs an injected failure; the fault clears at the next command the feedback confirms. */
    public void repair(int n, InjectedFailure failure) {
        setFailure(n, failure, false);
    }

    /** Sets which networks are up ({@link SimulatedSystem#setNetwork}). */
    public void setNetwork(boolean ethernet, boolean gsm) {
        system.setNetwork(ethernet, gsm);
    }

    /** The public key of connector {@code n}'s meter (X.509 DER, hex), or {@code null} if it does not sign. */
    public String meterPublicKey(int n) {
        return connectors[checkConnector(n, false) - 1].simulatedMeter().publicKeyHex();
    }

    /** Stops the tick and rejects further calls; streams stay open with their last values. */
    @Override
    public void dispose() {
        ticking.dispose();
        worker.dispose();
    }

    @Override
    public boolean isDisposed() {
        return worker.isDisposed();
    }

    private void setFailure(int n, InjectedFailure failure, boolean injected) {
        SimulatedConnector c = connectors[checkConnector(n, false) - 1];
        if (failure == null) {
            throw new IllegalArgumentException("failure is required");
        }
        worker.execute(() -> c.inject(failure, injected));
    }

    private void faultsChanged() {
        reader.failing(faults.anywhere(FaultCode.READER_FAILURE));
        for (SimulatedConnector connector : connectors) {
            connector.faultsChanged(faults);
        }
    }

    private int checkConnector(int id, boolean stationAllowed) {
        if (id < (stationAllowed ? 0 : 1) || id > connectors.length) {
            throw new IllegalArgumentException("connector must be " + (stationAllowed ? 0 : 1) + " to "
                    + connectors.length + ", got " + id);
        }
        return id;
    }
}
