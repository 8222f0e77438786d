package io.reactiveocpp.engine.boot;

import io.reactiveocpp.engine.Events;
import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.core.HeartbeatConfirmation;
import io.reactiveocpp.codec.message.core.HeartbeatRequest;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.StationIdentity;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.session.ConnectionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The registration with the central system and the heartbeat (OCPP 1.6 sections 4.2, 4.6, 6.2).
 *
 * <pre>
 *  UNREGISTERED ──link up──► BootNotification ──Accepted──► ACCEPTED (queue admitted, heartbeat every interval)
 *        ▲                        │  │
 *        │                        │  └─Pending / Rejected──► PENDING / REJECTED: nothing but answers to the
 *        │                        │       backend; BootNotification again after {@code interval} (or 60 s)
 *        └──── no answer / link down: again after 30 s or at the next link up
 * </pre>
 * A registration once accepted stays accepted across reconnects (no new BootNotification without a
 * reboot). The clock follows the backend's {@code currentTime}. Confined to the engine's scheduler.
 */
public final class Registration {

    private static final Logger LOG = LoggerFactory.getLogger(Registration.class);
    /** Wait before another BootNotification when the backend gave no interval or no answer. */
    static final Duration DEFAULT_RETRY = Duration.ofSeconds(60);
    /** A heartbeat at least this often, whatever else flows: it sets the clock. */
    static final Duration CLOCK_SYNC = Duration.ofDays(1);
    static final Duration NO_ANSWER_RETRY = Duration.ofSeconds(30);

    /** The registration states. */
    public enum State { UNREGISTERED, PENDING, ACCEPTED, REJECTED }

    private final Traffic client;
    private final Configuration config;
    private final Scheduler scheduler;
    private final EngineClock clock;
    private final StationIdentity identity;
    private final Sinks.Many<State> states = Sinks.many().replay().latest();
    private State state = State.UNREGISTERED;
    private boolean connected;
    private boolean booting;
    private Disposable retry;
    private Disposable heartbeat;
    /** When the clock was last set by the backend (scheduler millis). */
    private long lastHeartbeat;
    /** When the last Heartbeat (or the accepted boot) went out (scheduler millis). */
    private long lastHeartbeatSent;

    public Registration(Traffic client, Configuration config, Scheduler scheduler, EngineClock clock,
                        StationIdentity identity) {
        this.client = client;
        this.config = config;
        this.scheduler = scheduler;
        this.clock = clock;
        this.identity = identity;
        states.tryEmitNext(state);
    }

    /** Follows the link and the HeartbeatInterval key; call once, on the engine's scheduler. */
    public void start() {
        client.connectionStates().subscribe(Events.on(scheduler, this::onConnection));
        config.onChange(k -> k.equals("HeartbeatInterval") || k.equals("ForceHeartbeat"), scheduler, k -> scheduleHeartbeat());
    }

    public State state() {
        return state;
    }

    public Flux<State> states() {
        return states.asFlux();
    }

    /** Sends a BootNotification now (TriggerMessage, or a retry). */
    public void boot() {
        if (booting) {
            return;
        }
        booting = true;
        dispose(retry);
        client.call(new BootNotificationRequest(identity.vendor(), identity.model(), identity.chargePointSerialNumber(),
                        identity.chargeBoxSerialNumber(), identity.firmwareVersion(), identity.iccid(), identity.imsi(),
                        identity.meterType(), identity.meterSerialNumber()))
                .publishOn(scheduler)
                .subscribe(this::onBootAnswer, error -> {
                    booting = false;
                    LOG.warn("BootNotification failed: {}", error.getMessage());
                    if (connected) {
                        retry = scheduler.schedule(this::boot, NO_ANSWER_RETRY.toMillis(), TimeUnit.MILLISECONDS);
                    }
                });
    }

    /** Sends a Heartbeat now and adopts the backend's time (also for TriggerMessage). */
    public void heartbeat() {
        lastHeartbeatSent = scheduler.now(TimeUnit.MILLISECONDS);
        client.call(HeartbeatRequest.INSTANCE).publishOn(scheduler)
                .subscribe(this::onHeartbeatAnswer, error -> LOG.debug("Heartbeat failed: {}", error.getMessage()));
    }

    private void onConnection(ConnectionState link) {
        connected = link.connected();
        if (connected && state != State.ACCEPTED && !booting) {
            boot();
        }
    }

    private void onBootAnswer(BootNotificationConfirmation answer) {
        booting = false;
        clock.set(answer.currentTime());
        RegistrationStatus status = answer.status();
        if (status == RegistrationStatus.ACCEPTED) {
            if (answer.interval() > 0) {
                config.change("HeartbeatInterval", Integer.toString(answer.interval()));
            }
            move(State.ACCEPTED);
            lastHeartbeat = scheduler.now(TimeUnit.MILLISECONDS); // the boot's answer set the clock
            lastHeartbeatSent = lastHeartbeat;
            client.admit(true);
            scheduleHeartbeat();
            return;
        }
        client.admit(false);
        move(status == RegistrationStatus.PENDING ? State.PENDING : State.REJECTED);
        Duration wait = answer.interval() > 0 ? Duration.ofSeconds(answer.interval()) : DEFAULT_RETRY;
        LOG.warn("the backend answered BootNotification with {}; trying again in {} s", status.literal(), wait.toSeconds());
        retry = scheduler.schedule(this::boot, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void onHeartbeatAnswer(HeartbeatConfirmation answer) {
        clock.set(answer.currentTime());
        lastHeartbeat = scheduler.now(TimeUnit.MILLISECONDS);
    }

    /**
     * The heartbeat's timer (OCPP 1.6 section 4.6, OCPP-J section 4.6). The interval counts from the last
     * message either way ({@link Traffic}), the heartbeat's own included, so on an idle link one goes out exactly
     * every {@code HeartbeatInterval}, and while other messages flow none is needed (OCPP-J makes heartbeats
     * optional then). With {@code ForceHeartbeat} one goes out every interval after the previous heartbeat,
     * whatever else flowed; and at least once a day, for the clock.
     */
    private void heartbeatTick() {
        heartbeat = null;
        int seconds = config.integer("HeartbeatInterval");
        if (state != State.ACCEPTED || seconds == 0) {
            return;
        }
        long every = TimeUnit.SECONDS.toMillis(seconds);
        long now = scheduler.now(TimeUnit.MILLISECONDS);
        long due = nextHeartbeat(every);
        if (now >= due) {
            heartbeat();
            due = now + every;
        }
        heartbeat = scheduler.schedule(this::heartbeatTick, due - now, TimeUnit.MILLISECONDS);
    }

    /** When the next heartbeat is due (scheduler millis). */
    private long nextHeartbeat(long every) {
        if (config.bool("ForceHeartbeat")) {
            return lastHeartbeatSent + every;
        }
        return Math.min(client.lastMillis() + every, lastHeartbeat + CLOCK_SYNC.toMillis());
    }

    private void scheduleHeartbeat() {
        dispose(heartbeat);
        heartbeatTick();
    }

    private void move(State next) {
        state = next;
        states.tryEmitNext(next);
    }

    private static void dispose(Disposable d) {
        if (d != null) {
            d.dispose();
        }
    }
}
