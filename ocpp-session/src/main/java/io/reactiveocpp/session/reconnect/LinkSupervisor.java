package io.reactiveocpp.session.reconnect;

import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.SecurityFallback;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.rpc.InboundWindow;
import io.reactiveocpp.session.transport.Link;
import io.reactiveocpp.session.transport.LinkException;
import io.reactiveocpp.session.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps one link to the backend up while running: connection attempts bounded by {@code BackendConnectionTimeout},
 * reconnects after {@link Backoff} (also after a failed first attempt), WebSocket pings ({@code
 * WebSocketPingInterval}: no pong before the next ping closes the link, unless the {@link StallGuard} excuses the
 * wait), the {@code TcpWatchdogTimeout} reboot
 * hook (once per outage), the {@link Fallback} to the previous security settings when new ones cannot connect, and
 * the reconnect for changed connection settings that waits until the backend's CALLs received on
 * the link are answered. Publishes each {@link ConnectionState}.
 *
 * <p>Half-open links found elsewhere (a CALL timing out on a silent link) are closed through {@link #linkDown}.
 *
 * <p>Confined to the session's scheduler: every method runs there, except {@link #config()} and {@link #states()}
 * (any thread). Results of attempts arrive on the transport's threads and are scheduled over.
 */
public final class LinkSupervisor {

    private static final Logger LOG = LoggerFactory.getLogger(LinkSupervisor.class);

    /**
     * How long a reconnect for changed connection settings waits for the answers to the backend's CALLs received
     * on the link (the ChangeConfiguration that caused it among them), so that a handler that never answers cannot
     * postpone it for ever.
     */
    public static final Duration RECONNECT_ANSWER_WAIT = Duration.ofSeconds(5);

    /**
     * How long the link stays up after the last of those answers was written: the answer is on the wire before the
     * close frame either way, but a backend that handles its connection's close apart from its messages (Java-OCA-OCPP
     * does) could otherwise drop an answer that arrived just before the close.
     */
    public static final Duration RECONNECT_AFTER_ANSWER = Duration.ofSeconds(1);

    private final Transport transport;
    private final Scheduler scheduler;
    private final Backoff backoff;
    private final Runnable rebootHook;
    private final Owner owner;
    private final Pinger pinger;
    private final Fallback fallback = new Fallback();
    private final Sinks.Many<ConnectionState> states = Sinks.many().replay().latest();
    private volatile SessionConfig config;

    // confined to the scheduler
    private boolean running;
    private Link link;
    private URI linkEndpoint;
    private Disposable connecting;
    private Disposable retry;
    private Disposable watchdog;
    private Disposable answersAwaited;
    private int attempt;

    public LinkSupervisor(SessionConfig config, Transport transport, Scheduler scheduler, Random random,
                          Runnable rebootHook, StallGuard liveness, Owner owner) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.backoff = new Backoff(Objects.requireNonNull(random, "random"));
        this.rebootHook = Objects.requireNonNull(rebootHook, "rebootHook");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.pinger = new Pinger(scheduler, () -> link, Objects.requireNonNull(liveness, "liveness"));
        publish(ConnectionState.Phase.STOPPED, null, null);
    }

    /** The settings in use: the latest given, or the previous security settings after a fallback. Any thread. */
    public SessionConfig config() {
        return config;
    }

    /** Each fall back to the previous security settings (see {@link Fallback}); any thread. */
    public Flux<SecurityFallback> fallbacks() {
        return fallback.events();
    }

    /** The latest state, then every change. Any thread. */
    public Flux<ConnectionState> states() {
        return states.asFlux();
    }

    /** The link that is up, or {@code null}. */
    public Link link() {
        return link;
    }

    public boolean running() {
        return running;
    }

    /** Starts connecting; the watchdog runs from now. */
    public void start() {
        running = true;
        watchdog = armWatchdog();
        connect();
    }

    /**
     * Stops: no more attempts or timers; {@code settle} runs (the owner fails what waits), then the link, if any,
     * is closed with 1000. Completes once it is closed (at most a second later).
     */
    public Mono<Void> stop(Runnable settle) {
        running = false;
        dispose(connecting, retry, watchdog, answersAwaited);
        pinger.stop();
        settle.run();
        Link closing = link;
        link = null;
        publish(ConnectionState.Phase.STOPPED, null, null);
        if (closing == null) {
            return Mono.empty();
        }
        return closing.close(1000, "charge point stopping")
                .timeout(Duration.ofSeconds(1), scheduler)
                .onErrorResume(e -> Mono.empty());
    }

    /**
     * New settings: a changed ping interval applies to the link that is up, a changed watchdog timeout to the
     * outage under way; a changed URL, key, security profile, TLS or proxy reconnects once the backend's CALLs are
     * answered (roots trusted from the certificate store apply to the next link without a reconnect).
     */
    public void reconfigure(SessionConfig next) {
        SessionConfig previous = config;
        config = next;
        if (!previous.pingInterval().equals(next.pingInterval()) && link != null) {
            startPings();
        }
        if (!previous.tcpWatchdogTimeout().equals(next.tcpWatchdogTimeout()) && link == null && running) {
            dispose(watchdog);
            watchdog = armWatchdog();
        }
        if (Fallback.connectionChanged(previous, next) && running) {
            fallback.changed(previous, next);
            reconnectWhenAnswered("the connection settings changed");
        }
    }

    /** A pong arrived: the ping is answered. */
    public void pong() {
        pinger.pong();
    }

    /** {@code broken} closed, broke or was found half-open; nothing if it is no longer the link that is up. */
    public void linkDown(Link broken, String cause) {
        if (broken != link) {
            return;
        }
        LOG.warn("link to {} lost: {}", linkEndpoint, cause);
        link = null;
        pinger.stop();
        dispose(answersAwaited);
        answersAwaited = null; // the next link uses the latest settings anyway
        broken.close(1000, "reconnecting").subscribe(null, e -> { });
        owner.linkDown(broken);
        if (running) {
            watchdog = armWatchdog();
            scheduleRetry(cause, ConnectionState.Failure.BROKEN);
        }
    }

    private void connect() {
        if (!running) {
            return;
        }
        attempt++;
        publish(ConnectionState.Phase.CONNECTING, null, null);
        SessionConfig using = config;
        Mono<Link> opening;
        try {
            opening = transport.connect(using);
        } catch (RuntimeException e) {
            connectFailed(e);
            return;
        }
        connecting = opening
                .timeout(using.connectionTimeout(), scheduler)
                .subscribe(opened -> scheduler.schedule(() -> linkUp(opened)),
                        error -> scheduler.schedule(() -> connectFailed(error)));
    }

    private void linkUp(Link opened) {
        if (!running) {
            opened.close(1000, "charge point stopping").subscribe();
            return;
        }
        LOG.info("connected to {} after {} attempt(s)", config.endpoint(), attempt);
        owner.connectAttempt("connected");
        link = opened;
        linkEndpoint = config.endpoint();
        attempt = 0;
        fallback.connected();
        dispose(watchdog);
        publish(ConnectionState.Phase.CONNECTED, null, null);
        owner.linkUp(opened);
        startPings();
        owner.linkReady();
    }

    private void connectFailed(Throwable error) {
        if (!running) {
            return;
        }
        LinkException failure = error instanceof TimeoutException
                ? new LinkException(LinkException.Reason.TIMEOUT, "no connection within "
                + config.connectionTimeout().toSeconds() + " s (BackendConnectionTimeout)", error)
                : error instanceof LinkException ? (LinkException) error
                : new LinkException(LinkException.Reason.NETWORK, String.valueOf(error.getMessage()), error);
        owner.connectAttempt(failure.reason().name().toLowerCase());
        config = fallback.after(config, failure, Instant.ofEpochMilli(scheduler.now(TimeUnit.MILLISECONDS)));
        scheduleRetry(failure.getMessage(), failure.failure());
    }

    /**
     * Reconnects {@link #RECONNECT_AFTER_ANSWER} after every CALL of the backend received on this link has its answer
     * written (the answer goes out before the close frame), or after {@link #RECONNECT_ANSWER_WAIT} at the latest. A ChangeConfiguration of
     * AuthorizationKey is thus Accepted on the old link before the new key is used.
     */
    private void reconnectWhenAnswered(String why) {
        InboundWindow inbound = owner.inbound();
        if (link == null || inbound.unanswered() == 0) {
            reconnectNow(why);
            return;
        }
        if (answersAwaited != null) {
            return; // already waiting; the reconnect takes the latest settings
        }
        Link waiting = link;
        Runnable reconnect = () -> {
            if (link == waiting && answersAwaited != null) {
                reconnectNow(why);
            }
        };
        LOG.info("reconnecting once {} CALL(s) of the backend are answered", inbound.unanswered());
        answersAwaited = scheduler.schedule(() -> {
            LOG.warn("reconnecting although {} CALL(s) of the backend are still unanswered after {} s",
                    inbound.unanswered(), RECONNECT_ANSWER_WAIT.toSeconds());
            reconnect.run();
        }, RECONNECT_ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        inbound.whenAllAnswered(() -> {
            dispose(answersAwaited);
            answersAwaited = scheduler.schedule(reconnect, RECONNECT_AFTER_ANSWER.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void reconnectNow(String why) {
        dispose(connecting, retry, answersAwaited);
        answersAwaited = null;
        if (link != null) {
            linkDown(link, why);
            dispose(retry);
        }
        attempt = 0;
        connect();
    }

    private void scheduleRetry(String cause, ConnectionState.Failure failure) {
        Duration delay = backoff.delay(Math.max(attempt, 1), config.reconnectMinDelay(), config.reconnectMaxDelay());
        LOG.warn("connection attempt {} to {} failed: {}; next in {} ms", attempt, config.endpoint(), cause,
                delay.toMillis());
        publish(ConnectionState.Phase.WAITING, cause, failure);
        retry = scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void startPings() {
        if (link == null) {
            pinger.stop();
            return;
        }
        Link pinged = link;
        pinger.start(pinged, config.pingInterval(), cause -> linkDown(pinged, cause));
    }

    /** {@code TcpWatchdogTimeout}: unreachable that long, the system is asked to reboot (once per outage). */
    private Disposable armWatchdog() {
        long timeout = config.tcpWatchdogTimeout().toMillis();
        if (timeout == 0) {
            return null;
        }
        return scheduler.schedule(() -> {
            if (running && link == null) {
                LOG.error("the backend has been unreachable for {} s (TcpWatchdogTimeout): asking for a reboot",
                        timeout / 1000);
                rebootHook.run();
            }
        }, timeout, TimeUnit.MILLISECONDS);
    }

    private void publish(ConnectionState.Phase phase, String cause, ConnectionState.Failure failure) {
        states.tryEmitNext(new ConnectionState(phase, attempt, cause,
                Instant.ofEpochMilli(scheduler.now(TimeUnit.MILLISECONDS)), failure));
    }

    private static void dispose(Disposable... disposables) {
        for (Disposable d : disposables) {
            if (d != null) {
                d.dispose();
            }
        }
    }

    /** What the supervised link is for (the session); called on the scheduler. */
    public interface Owner {
        /** {@code link} is up and {@link #link()} already: start reading it. */
        void linkUp(Link link);

        /** The link is up and pinged: send on it. */
        void linkReady();

        /** {@code link} is gone and {@link #link()} {@code null}: fail or keep what waited for its answers. */
        void linkDown(Link link);

        /** The inbound window of the link that is up: how many CALLs of the backend wait for their answers. */
        InboundWindow inbound();

        /** A connection attempt ended: {@code "connected"} or the lower-case {@link LinkException.Reason}. */
        void connectAttempt(String outcome);
    }
}
