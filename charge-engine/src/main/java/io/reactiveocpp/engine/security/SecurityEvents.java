package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.message.security.SecurityEventNotificationRequest;
import io.reactiveocpp.codec.type.LogType;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.Events;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.diagnostics.LogSource;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.OcppClient;
import io.reactiveocpp.session.TransactionMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The engine's {@link SecurityEventSink}: every event goes to the {@link SecurityLog} (persisted, the last
 * {@value SecurityLog#CAPACITY}; GetLog's SecurityLog shows it) and, if {@link SecurityEvent#sent}, to the backend
 * as a SecurityEventNotification through the session's durable queue: stored before anything else happens to it,
 * delivered in order once the link is up, also after a restart (delivery class DURABLE).
 *
 * <p>Raised here: StartupOfTheDevice at every start; ResetOrReboot at a start after a restart the charge point
 * asked for (a Reset raises it when accepted, {@code ResetHandler}); FailedToAuthenticateAtCentralSystem,
 * InvalidCentralSystemCertificate, InvalidTLSVersion and InvalidTLSCipherSuite when a connection attempt fails
 * so (once per cause until the link is up again, not per attempt); ReconfigurationOfSecurityParameters when one
 * of {@link #SECURITY_KEYS} changes (over OCPP or the local interface); SettingSystemTime when the backend's time
 * moves the engine's clock by more than {@link #CLOCK_JUMP}; SecurityLogWasCleared when the full log drops its
 * oldest half. Confined to the engine's scheduler.
 */
public final class SecurityEvents implements SecurityEventSink {

    /** The configuration keys whose change is ReconfigurationOfSecurityParameters. */
    public static final Set<String> SECURITY_KEYS =
            Set.of("SecurityProfile", "AuthorizationKey", "TlsServerVerification", "TlsCipherStrictness");
    /** A clock adjustment larger than this is SettingSystemTime. */
    public static final Duration CLOCK_JUMP = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(SecurityEvents.class);
    private static final int TECH_INFO = 255;

    private final OcppClient client;
    private final Configuration config;
    private final EngineClock clock;
    private final Scheduler scheduler;
    private final SecurityLog log;
    private final Set<ConnectionState.Failure> raisedThisOutage = EnumSet.noneOf(ConnectionState.Failure.class);

    public SecurityEvents(OcppClient client, Configuration config, EngineStore store, EngineClock clock,
                          Scheduler scheduler) {
        this.client = client;
        this.config = config;
        this.clock = clock;
        this.scheduler = scheduler;
        this.log = new SecurityLog(store, SecurityLog.CAPACITY);
    }

    /**
     * Restores the log and raises StartupOfTheDevice (and ResetOrReboot after a {@link Reason#REBOOT}), then
     * watches the link, the security keys and the clock. Call on the engine's scheduler, after the session started.
     */
    public void start(Reason recoveryReason) {
        log.restore();
        raise(SecurityEvent.STARTUP_OF_THE_DEVICE, recoveryReason == Reason.POWER_LOSS
                ? "started after a power loss or crash" : "started after " + recoveryReason.literal());
        if (recoveryReason == Reason.REBOOT) {
            raise(SecurityEvent.RESET_OR_REBOOT, "a restart the charge point asked for");
        }
        client.connectionStates().subscribe(Events.on(scheduler, this::link));
        config.onChange(SECURITY_KEYS::contains, scheduler,
                key -> raise(SecurityEvent.RECONFIGURATION_OF_SECURITY_PARAMETERS, key + " changed"));
        clock.onJump(CLOCK_JUMP, moved -> raise(SecurityEvent.SETTING_SYSTEM_TIME,
                "clock set from the backend's time by " + moved.toSeconds() + " s"));
    }

    /** Raises one of the whitepaper's events. */
    public void raise(SecurityEvent event, String techInfo) {
        raise(event.literal(), techInfo);
    }

    @Override
    public void raise(String type, String techInfo) {
        if (type == null || type.isBlank() || type.length() > 50) {
            throw new IllegalArgumentException("type: 1 to 50 characters required, was " + type);
        }
        String info = techInfo == null || techInfo.length() <= TECH_INFO ? techInfo : techInfo.substring(0, TECH_INFO);
        int dropped = log.append(clock.now(), type, info);
        LOG.info("security event {}{}", type, info == null ? "" : ": " + info);
        if (SecurityEvent.sent(type)) {
            client.enqueue(TransactionMessage.outsideTransaction(new SecurityEventNotificationRequest(type, clock.now(),
                    info))).subscribe(null, e -> LOG.warn("SecurityEventNotification {} not queued: {}", type,
                    e.getMessage()));
        }
        if (dropped > 0) {
            raise(SecurityEvent.SECURITY_LOG_WAS_CLEARED, "the security log dropped its " + dropped
                    + " oldest entries (it keeps at most " + SecurityLog.CAPACITY + ")");
        }
    }

    /**
     * GetLog and GetDiagnostics read {@code logs}; for {@link LogType#SECURITY_LOG} the security events come first
     * (oldest first), then the entries {@code logs} has for it (the app's security-related loggers).
     */
    public LogSource withSecurityLog(LogSource logs) {
        return (type, from, to) -> type != LogType.SECURITY_LOG ? logs.entries(type, from, to)
                : Flux.defer(() -> Flux.fromIterable(log.between(from, to))).map(SecurityLog.Entry::text)
                        .concatWith(logs.entries(type, from, to));
    }

    private void link(ConnectionState state) {
        if (state.connected()) {
            raisedThisOutage.clear();
            return;
        }
        SecurityEvent event = state.failure() == null ? null : switch (state.failure()) {
            case UNAUTHORIZED -> SecurityEvent.FAILED_TO_AUTHENTICATE_AT_CENTRAL_SYSTEM;
            case SERVER_CERTIFICATE -> SecurityEvent.INVALID_CENTRAL_SYSTEM_CERTIFICATE;
            case TLS_VERSION -> SecurityEvent.INVALID_TLS_VERSION;
            case TLS_CIPHER_SUITE -> SecurityEvent.INVALID_TLS_CIPHER_SUITE;
            default -> null;
        };
        if (event != null && raisedThisOutage.add(state.failure())) {
            raise(event, state.cause());
        }
    }
}
