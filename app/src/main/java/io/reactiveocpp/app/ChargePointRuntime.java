package io.reactiveocpp.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.app.metrics.EngineMeters;
import io.reactiveocpp.app.logs.LogFiles;
import io.reactiveocpp.app.logs.RollingLogSource;
import io.reactiveocpp.app.ocpplog.OcppLog;
import io.reactiveocpp.app.transfer.SchemeTransfer;
import io.reactiveocpp.app.transfer.TransferSettings;
import io.reactiveocpp.engine.ChargePoint;
import io.reactiveocpp.engine.StationIdentity;
import io.reactiveocpp.engine.boot.Registration;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.config.OperatorValues;
import io.reactiveocpp.engine.store.SqliteEngineStore;
import io.reactiveocpp.hal.ChargingStation;
import io.reactiveocpp.hal.pi4j.Pi4jStation;
import io.reactiveocpp.hal.pi4j.Pi4jWiring;
import io.reactiveocpp.hal.sim.SimulatedStation;
import io.reactiveocpp.hal.sim.SimulatorConfig;
import io.reactiveocpp.session.AuthorizationKey;
import io.reactiveocpp.session.ConnectionRules;
import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TlsSettings;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.transport.SessionLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One running charge point, wired with plain constructors: the SQLite stores in the data directory, the
 * configuration keys, the session, the hardware and the engine. {@link #close()} tears it all down so that
 * an in-process restart can build a new one from the persisted state.
 */
public final class ChargePointRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChargePointRuntime.class);
    /** Keys whose change the session applies (the rest is the engine's). */
    private static final Set<String> SESSION_KEYS = Set.of("BackendUrl", "AuthorizationKey", "WebSocketPingInterval",
            "BackendConnectionTimeout", "TlsServerVerification", "TlsCipherStrictness", "WebSocketProxy",
            "TcpWatchdogTimeout", "TransactionMessageAttempts", "TransactionMessageRetryInterval",
            "EichrechtTransactionMessageAttempts", "RetransmitMeterValues", "MessageQueueCapacity", "SecurityProfile");

    private final Settings settings;
    private final DataDirectory data;
    private final SqliteEngineStore engineStore;
    private final StoreWriter queue;
    private final Scheduler engineThread = Schedulers.newSingle("engine");
    private final Scheduler hardwareThread = Schedulers.newSingle("hal");
    private final Configuration config;
    private final ChargingStation station;
    private final OcppSession session;
    private final ChargePoint chargePoint;
    private AuthorizationKey key;
    private final EngineMeters engineMeters;
    private final OcppLog ocppLog;

    public ChargePointRuntime(Settings settings, String backendUrl, MeterRegistry registry, Runnable rebootHook) {
        this.settings = settings;
        data = DataDirectory.prepare(settings.dataDir(), Clock.systemUTC());
        SqliteNative.useCopyIn(data.directory("native")); // before the first database: no extraction at each start
        engineStore = data.open("engine.db", SqliteEngineStore::open);
        // the disk reserve holds the StopTransaction and final reading of every connector's running transaction
        long reserve = SqliteQueueStore.reserveFor(settings.connectors());
        queue = new StoreWriter(data.open("queue.db", file -> SqliteQueueStore.open(file, reserve)), "queue-store");
        config = new Configuration(new KeyCatalogue(settings.connectors()), engineStore);
        config.set("ChargeBoxIdentity", settings.chargePointId());
        // the file's (and --backend's) values are initial values: one changed over OCPP since wins (OperatorValues)
        OperatorValues operator = new OperatorValues(config, engineStore);
        Map<String, String> given = new LinkedHashMap<>(settings.ocpp());
        String operatorKey = given.remove("AuthorizationKey");
        if (backendUrl != null) {
            operator.apply(Map.of("BackendUrl", backendUrl), "--backend / backendUrl");
        }
        operator.apply(given, "the configuration file");
        key = operator.authorizationKey(operatorKey);
        String problem = ConnectionRules.backendUrlProblem(config.value("BackendUrl"));
        if (problem != null) {
            releaseOnFailure();
            throw new IllegalArgumentException("no usable backend URL: " + problem + " (give --backend URL)");
        }
        try {
            station = createStation(rebootHook);
        } catch (RuntimeException e) {
            releaseOnFailure();
            throw e;
        }
        SessionLoop loop = SessionLoop.sharedEventLoop(); // the session on its link's event loop
        ocppLog = new OcppLog(OcppLog.CAPACITY, loop.scheduler(), Clock.systemUTC());
        loop = loop.tapped(ocppLog);
        session = OcppSession.builder(sessionConfig(), queue, loop.scheduler()).transport(loop.transport())
                .meterRegistry(registry).rebootHook(rebootHook).build();
        chargePoint = new ChargePoint(session, station, config, engineStore, engineThread,
                new StationIdentity(settings.vendor(), settings.model(), settings.chargePointId(), null,
                        Version.VERSION, null, null, station.connector(1).meter().model(),
                        station.connector(1).meter().serialNumber()),
                new SchemeTransfer(TransferSettings.of(this::tlsSettings)), data.directory("files"));
        chargePoint.logSource(new RollingLogSource(settings.dataDir().resolve(LogFiles.DIRECTORY)));
        engineMeters = new EngineMeters(chargePoint, registry);
        for (DataDirectory.SetAside event : data.setAside()) {
            registry.counter("ocpp_database_set_aside_total", "database", event.database()).increment();
            chargePoint.informAfterBoot(event.database() + " unreadable: kept aside, new one started");
        }
        config.onChange(SESSION_KEYS::contains, null, name -> {
            if (name.equals("AuthorizationKey")) {
                String hex = config.value("AuthorizationKey"); // set over OCPP: hex
                key = hex == null ? null : AuthorizationKey.fromOcppHex(hex);
            }
            session.reconfigure(sessionConfig());
        });
    }

    /**
     * Starts the session, then the engine. The session first: its durable queue must be open before the engine
     * closes a transaction the last process left running, since the session refuses a message queued before it
     * started, and that StopTransaction would be lost. The session sends nothing the engine has not asked for
     * (the BootNotification comes first, the queue waits for its acceptance), and the engine's handlers are
     * registered right after, long before a backend could send a CALL on the link being opened.
     */
    public void start(Reason recoveryReason) {
        chargePoint.registration().states().filter(state -> state != Registration.State.UNREGISTERED).next()
                .subscribe(state -> LOG.info("BootNotification answered ({})", state));
        session.start().block(Duration.ofSeconds(30));
        chargePoint.start(recoveryReason);
        LOG.info("charge point {} started ({} connector(s), {} hardware)", settings.chargePointId(),
                settings.connectors(), settings.hal());
    }

    /**
     * Completes once the first connection attempt has settled: the BootNotification answered (whatever the status),
     * or the attempt failed and the link waits for the next one.
     */
    public Mono<Void> firstAttemptSettled() {
        return Flux.merge(chargePoint.registration().states().filter(state -> state != Registration.State.UNREGISTERED),
                session.connectionStates().filter(state -> state.phase() == ConnectionState.Phase.WAITING)).next().then();
    }

    public OcppSession session() {
        return session;
    }

    /** The last {@value OcppLog#CAPACITY} OCPP frames of the session's link, secrets masked. */
    public OcppLog ocppLog() {
        return ocppLog;
    }

    /** The engine's thread: systemd's watchdog is petted from it, so a stuck engine gets the service restarted. */
    public Scheduler engineScheduler() {
        return engineThread;
    }

    public ChargePoint chargePoint() {
        return chargePoint;
    }

    public ChargingStation station() {
        return station;
    }

    public Configuration configuration() {
        return config;
    }

    /** The data directory, with the databases it had to keep aside at this start. */
    public DataDirectory dataDirectory() {
        return data;
    }

    private ChargingStation createStation(Runnable rebootHook) {
        if (settings.hal().equals("sim")) {
            SimulatedStation sim = SimulatedStation.start(SimulatorConfig.builder().connectors(settings.connectors())
                    .timeScale(settings.simTimeScale())
                    .signedMeter(config.bool("EichrechtEnabled")).build(), hardwareThread);
            sim.system().rebootRequested().subscribe(reason -> rebootHook.run()); // as Pi4jStation's system does
            return sim;
        }
        // the wiring is checked before any pin is touched: a mistake names its key and nothing is driven
        Pi4jWiring wiring = Pi4jWiring.fromMap("pi4j", settings.pi4j());
        if (wiring.connectors().size() != settings.connectors()) {
            throw new IllegalArgumentException("connectors: " + settings.connectors() + ", but the pi4j wiring has "
                    + wiring.connectors().size() + " connector(s)");
        }
        return Pi4jStation.createOnBoard(wiring, rebootHook); // its Pi4J context goes with it
    }

    private SessionConfig sessionConfig() {
        String proxy = config.value("WebSocketProxy");
        return SessionConfig.builder(config.value("BackendUrl"), settings.chargePointId())
                .authorizationKey(key)
                .tls(tlsSettings())
                .securityProfile(config.integer("SecurityProfile"))
                .proxy(proxy == null || proxy.isEmpty() ? null : proxy)
                .pingInterval(Duration.ofSeconds(config.integer("WebSocketPingInterval")))
                .connectionTimeout(Duration.ofSeconds(config.integer("BackendConnectionTimeout")))
                .tcpWatchdogTimeout(Duration.ofSeconds(config.integer("TcpWatchdogTimeout")))
                .transactionMessageAttempts(config.integer("TransactionMessageAttempts"))
                .transactionMessageRetryInterval(Duration.ofSeconds(config.integer("TransactionMessageRetryInterval")))
                .eichrechtTransactionMessageAttempts(config.integer("EichrechtTransactionMessageAttempts"))
                .retransmitMeterValues(config.bool("RetransmitMeterValues"))
                .messageQueueCapacity(config.integer("MessageQueueCapacity"))
                .build();
    }

    /**
     * The OCPP link's TLS settings: the keys and the files of {@code tls:}; the session adds the installed
     * CentralSystemRootCertificates. The file transfers (firmware, diagnostics) trust the CA bundle too.
     */
    private TlsSettings tlsSettings() {
        TlsFiles files = settings.tls();
        return new TlsSettings(TlsSettings.ServerVerification.fromKey(config.value("TlsServerVerification")),
                TlsSettings.CipherStrictness.fromKey(config.value("TlsCipherStrictness")), files.caBundle(),
                files.clientCertificate(), files.clientKey());
    }

    /** What the constructor opened before it failed. */
    private void releaseOnFailure() {
        queue.close();
        engineStore.close();
        engineThread.dispose();
        hardwareThread.dispose();
    }

    /** Stops the session (normal close), the hardware and the threads; flushes and closes the stores. */
    @Override
    public void close() {
        engineMeters.close();
        session.stop().block(Duration.ofSeconds(5));
        ocppLog.close();
        ((Disposable) station).dispose(); // both stations are; the Pi4J one shuts its context down
        engineStore.flush();
        queue.close();
        engineStore.close();
        engineThread.dispose();
        hardwareThread.dispose();
    }
}
