package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.ChangeAvailabilityRequest;
import io.reactiveocpp.codec.message.core.ChangeConfigurationRequest;
import io.reactiveocpp.codec.message.core.ClearCacheRequest;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.message.core.ResetRequest;
import io.reactiveocpp.codec.message.core.UnlockConnectorRequest;
import io.reactiveocpp.codec.message.trigger.TriggerMessageRequest;
import io.reactiveocpp.engine.connector.Availability;
import io.reactiveocpp.engine.reservation.Reservations;
import io.reactiveocpp.engine.handler.ReserveNowHandler;
import io.reactiveocpp.engine.handler.CancelReservationHandler;
import io.reactiveocpp.codec.message.reservation.ReserveNowRequest;
import io.reactiveocpp.codec.message.reservation.CancelReservationRequest;
import io.reactiveocpp.engine.auth.LocalList;
import io.reactiveocpp.engine.handler.GetLocalListVersionHandler;
import io.reactiveocpp.engine.handler.SendLocalListHandler;
import io.reactiveocpp.codec.message.localauth.GetLocalListVersionRequest;
import io.reactiveocpp.codec.message.localauth.SendLocalListRequest;
import io.reactiveocpp.engine.handler.ChangeAvailabilityHandler;
import io.reactiveocpp.engine.handler.ClearCacheHandler;
import io.reactiveocpp.engine.handler.DataTransferHandler;
import io.reactiveocpp.engine.handler.FirmwareManagementHandlers;
import io.reactiveocpp.engine.handler.Inbound;
import io.reactiveocpp.engine.handler.SmartChargingHandlers;
import io.reactiveocpp.engine.pnc.PlugAndCharge;
import io.reactiveocpp.engine.handler.ResetHandler;
import io.reactiveocpp.engine.handler.TriggerMessageHandler;
import io.reactiveocpp.engine.handler.Triggers;
import io.reactiveocpp.engine.handler.UnlockConnectorHandler;
import io.reactiveocpp.codec.message.core.GetConfigurationRequest;
import io.reactiveocpp.codec.message.core.RemoteStartTransactionRequest;
import io.reactiveocpp.codec.message.core.RemoteStopTransactionRequest;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.engine.auth.Authorizer;
import io.reactiveocpp.engine.boot.Registration;
import io.reactiveocpp.engine.boot.Traffic;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.connector.Connectors;
import io.reactiveocpp.engine.connector.StatusReporter;
import io.reactiveocpp.engine.hal.HardwareBridge;
import io.reactiveocpp.engine.hal.HardwareEvents;
import io.reactiveocpp.engine.metering.ClockAlignedSampler;
import io.reactiveocpp.engine.metering.MeterReadings;
import io.reactiveocpp.engine.metering.OnDemandSamples;
import io.reactiveocpp.engine.metering.PeriodicSampling;
import io.reactiveocpp.engine.handler.ChangeConfigurationHandler;
import io.reactiveocpp.engine.handler.GetConfigurationHandler;
import io.reactiveocpp.engine.handler.RemoteStartTransactionHandler;
import io.reactiveocpp.engine.handler.RemoteStopTransactionHandler;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.firmware.FileTransfer;
import io.reactiveocpp.engine.diagnostics.Diagnostics;
import io.reactiveocpp.engine.diagnostics.LogSource;
import io.reactiveocpp.engine.diagnostics.StatusText;
import io.reactiveocpp.engine.diagnostics.UploadState;
import io.reactiveocpp.engine.firmware.FirmwareState;
import io.reactiveocpp.engine.firmware.FirmwareUpdates;
import io.reactiveocpp.engine.smartcharging.ChargingProfiles;
import io.reactiveocpp.engine.smartcharging.ConnectorLimit;
import io.reactiveocpp.engine.smartcharging.LimitEnforcer;
import io.reactiveocpp.engine.tariff.TariffAndUsage;
import io.reactiveocpp.engine.transaction.ChargingFlow;
import io.reactiveocpp.engine.transaction.Transactions;
import io.reactiveocpp.hal.ChargingStation;
import io.reactiveocpp.engine.security.SecurityHandlers;
import io.reactiveocpp.session.OcppClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.nio.file.Path;
import java.util.List;

/**
 * The charge point: builds the engine's services with plain constructors, connects them to the session and
 * the hardware, and registers one handler per inbound action. Every service runs on the engine's
 * {@code scheduler}; handlers hop onto it before they touch state.
 */
public final class ChargePoint {

    /** The current offered to an EV when no charging profile limits it, A. */
    public static final double DEFAULT_MAX_CURRENT = 32.0;

    private final OcppClient client;
    private final Configuration config;
    private final Scheduler scheduler;
    private final EngineClock clock;
    private final Registration registration;
    private final Connectors connectors;
    private final Transactions transactions;
    private final ChargingFlow flow;
    private final Reservations reservations;
    private final ChargingProfiles profiles;
    private final LimitEnforcer limits;
    private final FirmwareUpdates firmware;
    private final HardwareBridge bridge;
    private final HardwareEvents hardware;
    private final MeterReadings readings;
    private final PeriodicSampling sampling;
    private final OnDemandSamples samples;
    private final Authorizer authorizer;
    private final LocalList localList;
    private final Availability availability;
    private final DataTransferHandler dataTransfer = new DataTransferHandler();
    private final SecurityHandlers security;
    private final PlugAndCharge plugAndCharge;
    private final Inbound inbound;
    private final TariffAndUsage tariffAndUsage;
    private boolean reported;
    private final FileTransfer transfer;
    private final Path files;
    private LogSource logSource = LogSource.NONE;
    private Scheduler fileWork = Schedulers.boundedElastic();
    private Diagnostics diagnostics;

    /** A charge point without file transfers: firmware updates and diagnostics uploads fail (tests, fleet mode). */
    public ChargePoint(OcppClient client, ChargingStation station, Configuration config, EngineStore store,
                       Scheduler scheduler, StationIdentity identity) {
        this(client, station, config, store, scheduler, identity, FileTransfer.UNAVAILABLE, null);
    }

    /**
     * @param transfer how firmware is downloaded and diagnostics uploaded
     * @param files    the directory for downloaded firmware and diagnostics archives ({@code null}: none, so those
     *                 requests fail)
     */
    public ChargePoint(OcppClient client, ChargingStation station, Configuration config, EngineStore store,
                       Scheduler scheduler, StationIdentity identity, FileTransfer transfer, Path files) {
        this.transfer = transfer;
        this.files = files;
        Traffic traffic = new Traffic(client, scheduler);
        this.client = traffic;
        this.config = config;
        this.scheduler = scheduler;
        this.clock = new EngineClock(scheduler);
        this.connectors = new Connectors(station.connectorCount(), new StatusReporter(this.client, config, scheduler, clock));
        this.bridge = new HardwareBridge(station, connectors, scheduler, DEFAULT_MAX_CURRENT);
        // the running version: the HAL's if it knows, else the last update's (kept in the store across restarts)
        String running = bridge.firmwareVersion();
        this.registration = new Registration(traffic, config, scheduler, clock, identity.withFirmwareVersion(
                running != null ? running : FirmwareUpdates.installedVersion(store)));
        this.readings = new MeterReadings(config, connectors);
        this.sampling = new PeriodicSampling(config, scheduler);
        this.transactions = new Transactions(this.client, bridge, connectors, readings, sampling, config, store,
                scheduler, clock);
        this.samples = new OnDemandSamples(this.client, readings, clock, station.connectorCount(), transactions);
        this.localList = new LocalList(config, store);
        this.authorizer = new Authorizer(this.client, config, store, scheduler, clock, localList);
        this.availability = new Availability(connectors, store);
        transactions.onEnded(availability::transactionEnded);
        this.tariffAndUsage = new TariffAndUsage(this.client, config, bridge.hmi(), station.connectorCount());
        transactions.onStopQueued(tariffAndUsage::stopQueued);
        this.reservations = new Reservations(connectors, config, store, scheduler, clock);
        this.profiles = new ChargingProfiles(config, store, station.connectorCount());
        transactions.onStarted(profiles::transactionStarted);
        transactions.onEnded(profiles::transactionEnded);
        // the profiles tell of every change, and of every transaction's begin and end once its TxProfiles are in or out
        this.limits = new LimitEnforcer(profiles::installed, transactions::started, bridge, readings, scheduler, clock);
        profiles.onChange(limits::refresh);
        this.flow = new ChargingFlow(connectors, transactions, authorizer, config, registration, scheduler, reservations,
                bridge, profiles);
        this.security = new SecurityHandlers(this.client, config, store, clock, scheduler, identity);
        this.firmware = new FirmwareUpdates(this.client, config, store, scheduler, clock, bridge, connectors,
                id -> transactions.active(id) != null, transfer, files, security.events());
        transactions.onEnded(firmware::transactionEnded);
        this.hardware = new HardwareEvents(station, bridge, connectors, readings, flow, config, scheduler);
        firmware.manufacturerRoots(() -> security.certificates().roots(CertificateUse.MANUFACTURER_ROOT_CERTIFICATE));
        this.plugAndCharge = new PlugAndCharge(this.client, config, store, clock, scheduler, station.iso15118(), flow,
                authorizer);
        this.inbound = new Inbound(client, traffic::received, scheduler); // one wrapper per handler, noting it
    }

    /**
     * Registers the handlers and starts the services: transactions left running by the last process are
     * closed with {@code recoveryReason} (PowerLoss after a crash or power cut; Reboot, SoftReset or
     * HardReset after a restart the charge point asked for). Start the session first: recovery queues a
     * StopTransaction, which needs the session's queue open.
     */
    public void start(Reason recoveryReason) {
        inbound.on(GetConfigurationRequest.class, new GetConfigurationHandler(config));
        inbound.on(ChangeConfigurationRequest.class, new ChangeConfigurationHandler(config));
        inbound.on(RemoteStartTransactionRequest.class, new RemoteStartTransactionHandler(flow, profiles));
        inbound.on(RemoteStopTransactionRequest.class, new RemoteStopTransactionHandler(flow));
        inbound.on(ChangeAvailabilityRequest.class, new ChangeAvailabilityHandler(availability, transactions));
        inbound.on(ClearCacheRequest.class, new ClearCacheHandler(authorizer));
        inbound.on(UnlockConnectorRequest.class, new UnlockConnectorHandler(bridge, transactions));
        inbound.on(ResetRequest.class, new ResetHandler(bridge, transactions, scheduler, security.events()));
        dataTransfer.register(TariffAndUsage.VENDOR_ID, tariffAndUsage);
        inbound.on(DataTransferRequest.class, dataTransfer);
        inbound.on(SendLocalListRequest.class, new SendLocalListHandler(localList));
        inbound.on(ReserveNowRequest.class, new ReserveNowHandler(reservations, transactions));
        inbound.on(CancelReservationRequest.class, new CancelReservationHandler(reservations));
        inbound.on(GetLocalListVersionRequest.class, new GetLocalListVersionHandler(localList));
        SmartChargingHandlers.register(inbound, profiles, transactions, readings::supply, clock, connectors.count());
        diagnostics = new Diagnostics(client, config, new StatusText(registration, connectors, transactions,
                clock), clock, scheduler, fileWork, transfer, files, security.events().withSecurityLog(logSource));
        Triggers triggers = new Triggers(client, registration, connectors, samples, scheduler, diagnostics, firmware);
        inbound.on(TriggerMessageRequest.class, new TriggerMessageHandler(triggers));
        FirmwareManagementHandlers.register(inbound, firmware, diagnostics);
        security.start(inbound, scheduler, triggers, recoveryReason); // stores and security log restored, then handlers
        plugAndCharge.start(dataTransfer, security.certificates(), security.events());
        scheduler.schedule(() -> {
            registration.start();
            registration.states().filter(s -> s == Registration.State.ACCEPTED).subscribe(s -> {
                if (!reported) {
                    reported = true;
                    connectors.reportAll(); // section 4.9: after an accepted boot, the state of every connector
                    firmware.restore(); // Installed after a firmware restart; an update scheduled before it resumes
                }
            });
            client.queueStates().subscribe(Events.on(scheduler, flow::queue));
            // every IdTagInfo the backend sends updates the authorization cache (section 3.5.2)
            client.transactionOutcomes().subscribe(Events.on(scheduler, authorizer::learn));
            availability.restore();
            applyForcedState();
            config.onChange("ForcedConnectorState"::equals, scheduler, k -> applyForcedState());
            client.connectionStates().subscribe(Events.on(scheduler, link -> bridge.hmi().backendReachable(
                    link.connected(), config.bool("BackendDisconnectAsError"))));
            reservations.restore();
            profiles.restore(); // before any transaction begins: a RemoteStartTransaction's TxProfile joins these
            limits.refresh();
            config.onChange(k -> k.equals("ConnectorPhases") || k.equals("ConnectorNominalVoltage"), scheduler,
                    k -> limits.refresh());
            transactions.start();
            sampling.start();
            transactions.recover(recoveryReason);
            hardware.start();
            new ClockAlignedSampler(config, scheduler, clock::now, samples::aligned).start();
        });
    }

    /**
     * An operator logged in to the local interface: with {@code SendWebUiLoginStatus} on, an informative
     * StatusNotification of connector 0 (its current status, info "WebUI login") tells the backend.
     */
    public void operatorLoggedIn() {
        scheduler.schedule(() -> {
            if (config.bool("SendWebUiLoginStatus")) {
                connectors.inform(0, "WebUI login");
            }
        });
    }

    /**
     * An informative StatusNotification of the station (connector 0) with {@code info} (at most 50 characters),
     * once the backend has accepted the BootNotification: an event of the start, such as a database that had to
     * be replaced, that the backend should hear of. Sent when {@code SendInformativeStatusNotifications} is on.
     */
    public void informAfterBoot(String info) {
        registration.states().filter(state -> state == Registration.State.ACCEPTED).next()
                .publishOn(scheduler).subscribe(state -> connectors.inform(0, info));
    }

    /**
     * Runs {@code read} on the engine's scheduler and emits its result (empty for {@code null}): how code
     * outside the engine, such as the local HTTP interface, reads or changes the engine's confined state.
     */
    public <T> Mono<T> onScheduler(java.util.concurrent.Callable<T> read) {
        return Mono.fromCallable(read).subscribeOn(scheduler);
    }

    /** Why no transaction may start now, or {@code null} when one may. Call on the engine's scheduler. */
    public String chargingRefusal() {
        return flow.refusal();
    }

    /** What the firmware update is doing now; call on the engine's scheduler. */
    public FirmwareState firmwareState() {
        return firmware.state();
    }

    /** The last diagnostics or log upload ({@code Idle} before any); call on the engine's scheduler. */
    public UploadState diagnosticsState() {
        return diagnostics == null ? UploadState.IDLE : diagnostics.state();
    }

    /** Every change {@code /api/status} shows of the engine: {@link Connectors#changes()}, and the registration's. */
    public Flux<Object> changes() {
        return Flux.merge(connectors.changes().subscribeOn(scheduler), registration.states());
    }

    /** A restart asked for on the local interface: a soft Reset's, with reason Reboot ({@link ResetHandler#restart}). */
    public void restart() {
        scheduler.schedule(() -> new ResetHandler(bridge, transactions, scheduler, security.events())
                .restart(Reason.REBOOT, "Reboot", "restart requested on the local interface"));
    }

    /** {@code ForcedConnectorState}: None, or Available / Unavailable regardless of the backend. */
    private void applyForcedState() {
        String forced = config.value("ForcedConnectorState");
        for (int id = 1; id <= connectors.count(); id++) {
            connectors.update(id, f -> f.withForced(forced));
        }
    }

    /** Where GetDiagnostics and GetLog archives take their log entries from (default none); set before start. */
    public ChargePoint logSource(LogSource source) {
        this.logSource = java.util.Objects.requireNonNull(source, "source");
        return this;
    }

    /** Where blocking file work (archives, signature checks) runs: boundedElastic, or a test's virtual time. */
    ChargePoint fileWork(Scheduler io) {
        this.fileWork = io;
        firmware.fileWork(io);
        return this;
    }

    /** Starts after a power loss or crash. */
    public void start() {
        start(Reason.POWER_LOSS);
    }

    /** Where vendor-specific DataTransfer handlers (Plug &amp; Charge, tariffs) are registered. */
    public DataTransferHandler dataTransfer() {
        return dataTransfer;
    }

    public SecurityHandlers security() { return security; } // the roots and the charge point's own certificate

    public MeterReadings meterReadings() { return readings; } // the latest reading of each meter; engine's scheduler

    public Registration registration() { return registration; }

    public EngineClock clock() { return clock; }

    public Configuration configuration() { return config; }

    public Connectors connectors() { return connectors; }

    public Transactions transactions() { return transactions; }

    /** What limits each connector now and why (Smart Charging); call on the engine's scheduler. */
    public List<ConnectorLimit> chargingLimits() {
        return limits.limits();
    }

    /** The installed charging profiles; confined to the engine's scheduler. */
    public ChargingProfiles chargingProfiles() {
        return profiles;
    }
}
