package io.reactiveocpp.session;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reactiveocpp.codec.DecodeResult;
import io.reactiveocpp.codec.OcppCodec;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.action.Role;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.frame.CallError;
import io.reactiveocpp.codec.frame.CallResult;
import io.reactiveocpp.codec.frame.OcppFrame;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.session.queue.OutboundQueue;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.reconnect.Backoff;
import io.reactiveocpp.session.rpc.InboundWindow;
import io.reactiveocpp.session.rpc.IncomingCallRouter;
import io.reactiveocpp.session.rpc.MessageIds;
import io.reactiveocpp.session.transport.Link;
import io.reactiveocpp.session.transport.LinkException;
import io.reactiveocpp.session.transport.SessionLoop;
import io.reactiveocpp.session.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The {@link OcppClient} implementation: one WebSocket link at a time, supervised and reconnected; one CALL
 * in flight; the lanes of {@link OutboundLanes} and the durable {@link OutboundQueue}.
 *
 * <p>All state is confined to the session's scheduler, which must run tasks one at a time in order. By
 * default ({@link #builder(SessionConfig, StoreWriter)}) that is the Netty event loop the session's link runs
 * on, so a frame is read, decoded, matched to its CALL and the next CALL written on one thread without a
 * hand-off; a single-threaded scheduler ({@code Schedulers.single(shared)}) or a {@code VirtualTimeScheduler}
 * (tests) can be given instead. Frames are decoded on the link's event loop and then scheduled; the only state
 * read there is the volatile in-flight slot (to bind a CALLRESULT to its action).
 *
 * <p>Half-open links are found three ways: TCP keep-alive (always on), WebSocket pings when
 * {@code WebSocketPingInterval} is set (no pong before the next ping closes the link), and CALLs (a CALL
 * that times out while nothing at all arrived since it was sent closes the link).
 *
 * <p>Flow control both ways: at most {@code maxInboundCalls} CALLs of the backend are read and unanswered per link
 * ({@link InboundWindow}: demand on the link, so Reactor Netty stops reading the socket), and while the link is not
 * writable neither is more read nor is a CALL of ours written. A reconnect for changed connection settings waits
 * until the CALLs received on the link are answered (at most {@link #RECONNECT_ANSWER_WAIT}).
 */
public final class OcppSession implements OcppClient {

    private static final Logger LOG = LoggerFactory.getLogger(OcppSession.class);

    /**
     * How long a reconnect for changed connection settings waits for the answers to the backend's CALLs received
     * on the link (the ChangeConfiguration that caused it among them), so that a handler that never answers cannot
     * postpone it for ever.
     */
    public static final Duration RECONNECT_ANSWER_WAIT = Duration.ofSeconds(5);

    private final Transport transport;
    private final Scheduler scheduler;
    private final StoreWriter store;
    private final Runnable rebootHook;
    private final Backoff backoff;
    private final SessionMetrics metrics;
    private final OcppCodec codec = OcppCodec.forChargePoint();
    private final MessageIds ids = new MessageIds();
    private final IncomingCallRouter router = new IncomingCallRouter();
    private final OutboundLanes lanes = new OutboundLanes();
    private final Sinks.Many<ConnectionState> states = Sinks.many().replay().latest();
    private final Sinks.Many<QueueState> queueStates = Sinks.many().replay().latest();
    private final Sinks.Many<TransactionOutcome> outcomes = Sinks.many().multicast().onBackpressureBuffer(4096, false);
    private volatile SessionConfig config;
    private volatile InFlight inFlight;

    // confined to the scheduler
    private OutboundQueue queue;
    private boolean running;
    private boolean admitted;
    private Link link;
    private InboundWindow inbound;
    private Disposable answersAwaited;
    private java.net.URI linkEndpoint;
    private Disposable connecting;
    private Disposable retry;
    private Disposable pinger;
    private Disposable watchdog;
    private boolean pongPending;
    private long lastReceived;
    private int attempt;
    private AuthorizationKey fallbackKey;
    /** The one response-timeout timer, armed for {@link #deadlineAt} (scheduler nanos) while a CALL can be due. */
    private Disposable deadlineTimer;
    private long deadlineAt;

    private OcppSession(Builder b) {
        this.config = b.config;
        this.transport = b.transport;
        this.scheduler = b.scheduler;
        this.store = b.store;
        this.rebootHook = b.rebootHook;
        this.backoff = new Backoff(b.random);
        this.metrics = new SessionMetrics(b.registry, b.config.chargePointId());
        publish(ConnectionState.Phase.STOPPED, null);
    }

    /**
     * A session confined to one of Reactor Netty's shared client event loops (round robin), with its link on
     * the same loop: no thread of its own and no hand-off per frame. The scheduler must never block; the store
     * writes on its own thread. See {@link Builder} for the parts that have defaults.
     */
    public static Builder builder(SessionConfig config, StoreWriter store) {
        return new Builder(config, store, null);
    }

    /**
     * A session confined to {@code scheduler} (single-threaded, tasks in order, never blocked); its link on any
     * of Reactor Netty's shared event loops. See {@link Builder} for the parts that have defaults.
     */
    public static Builder builder(SessionConfig config, StoreWriter store, Scheduler scheduler) {
        return new Builder(config, store, Objects.requireNonNull(scheduler, "scheduler"));
    }

    // ---------------------------------------------------------------- the API

    @Override
    public Mono<Void> start() {
        return OutboundQueue.open(store, scheduler, config).doOnNext(opened -> {
            queue = opened;
            metrics.open();
            queue.onReady(this::pump);
            queue.states().subscribe(state -> {
                metrics.queue(state);
                queueStates.tryEmitNext(state);
            });
            queue.outcomes().subscribe(outcome -> outcomes.tryEmitNext(outcome));
            running = true;
            watchdog = armWatchdog();
            connect();
        }).then();
    }

    @Override
    public Mono<Void> stop() {
        return Mono.defer(() -> {
            Sinks.Empty<Void> done = Sinks.empty();
            scheduler.schedule(() -> {
                running = false;
                dispose(connecting, retry, pinger, watchdog, deadlineTimer, answersAwaited);
                deadlineTimer = null;
                metrics.close();
                lanes.failAll(CallException.Stopped::new);
                InFlight current = inFlight;
                if (current != null && !current.transactional()) {
                    current.fail(new CallException.Stopped(current.action));
                }
                inFlight = null;
                Link closing = link;
                link = null;
                publish(ConnectionState.Phase.STOPPED, null);
                if (closing == null) {
                    done.tryEmitEmpty();
                } else {
                    closing.close(1000, "charge point stopping")
                            .timeout(Duration.ofSeconds(1), scheduler)
                            .onErrorResume(e -> Mono.empty())
                            .subscribe(null, null, done::tryEmitEmpty);
                }
            });
            return done.asMono();
        });
    }

    @Override
    public <C extends Confirmation> Mono<C> call(Request<C> request) {
        Action action = request.action();
        if (!action.initiator().sends(Role.CHARGE_POINT)) {
            return Mono.error(new IllegalArgumentException(action.wireName() + " is sent by the central system"));
        }
        if (LanePolicy.isTransactional(action)) {
            return Mono.error(new IllegalArgumentException(action.wireName()
                    + " is a transaction message: queue it with enqueue() so that it is stored durably"));
        }
        return Mono.<Confirmation>create(sink -> {
            OutboundLanes.Waiting waiting = new OutboundLanes.Waiting(request, sink);
            sink.onCancel(() -> scheduler.schedule(() -> lanes.remove(waiting)));
            scheduler.schedule(() -> offer(waiting));
        }).map(confirmation -> {
            @SuppressWarnings("unchecked")
            C typed = (C) confirmation;
            return typed;
        });
    }

    @Override
    public Mono<Void> enqueue(TransactionMessage message) {
        return Mono.defer(() -> {
            Sinks.One<Void> stored = Sinks.one();
            scheduler.schedule(() -> {
                if (queue == null) {
                    stored.tryEmitError(new IllegalStateException("start() the session before queueing messages"));
                    return;
                }
                queue.enqueue(message).subscribe(null, stored::tryEmitError, stored::tryEmitEmpty);
            });
            return stored.asMono();
        });
    }

    @Override
    public Mono<List<DeadLetter>> deadLetters(int limit) {
        return store.read(s -> s.deadLetters(limit));
    }

    @Override
    public Flux<TransactionOutcome> transactionOutcomes() {
        return outcomes.asFlux();
    }

    @Override
    public <C extends Confirmation, R extends Request<C>> void handle(Class<R> type,
                                                                     Function<? super R, Mono<C>> handler) {
        router.handle(type, handler);
    }

    @Override
    public void admit(boolean admitted) {
        scheduler.schedule(() -> {
            this.admitted = admitted;
            pump();
        });
    }

    @Override
    public void reconfigure(SessionConfig next) {
        Objects.requireNonNull(next, "config");
        scheduler.schedule(() -> {
            SessionConfig previous = config;
            config = next;
            if (queue != null) {
                queue.reconfigure(next);
            }
            if (!previous.pingInterval().equals(next.pingInterval()) && link != null) {
                startPings();
            }
            if (!previous.tcpWatchdogTimeout().equals(next.tcpWatchdogTimeout()) && link == null && running) {
                dispose(watchdog);
                watchdog = armWatchdog();
            }
            if (connectionChanged(previous, next) && running) {
                if (!Objects.equals(previous.authorizationKey(), next.authorizationKey())) {
                    fallbackKey = previous.authorizationKey();
                    LOG.info("AuthorizationKey changed: reconnecting with the new key");
                }
                reconnectWhenAnswered("the connection settings changed");
            }
        });
    }

    /**
     * The scheduler this session is confined to (by default its link's event loop): what works closely with it,
     * such as the engine of a virtual charge point, can run there too, without a hand-off.
     */
    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public SessionConfig config() {
        return config;
    }

    @Override
    public Flux<ConnectionState> connectionStates() {
        return states.asFlux();
    }

    @Override
    public Flux<QueueState> queueStates() {
        return queueStates.asFlux();
    }

    // ---------------------------------------------------------------- outbound

    private void offer(OutboundLanes.Waiting waiting) {
        Action action = waiting.request().action();
        if (!running) {
            waiting.sink().error(new CallException.Stopped(action));
            return;
        }
        if (link == null && LanePolicy.failsFastOffline(action)) {
            waiting.sink().error(new CallException.Offline(action, "the backend is not reachable"));
            return;
        }
        lanes.offer(waiting, link == null);
        pump();
    }

    /** Sends the next CALL if the slot is free: boot first, then transaction messages, then the rest. */
    private void pump() {
        if (!running || link == null || inFlight != null || !link.writable()) {
            return;
        }
        OutboundLanes.Waiting next = lanes.pollPriority();
        if (next == null && admitted) {
            OutboundQueue.Entry entry = queue.head();
            if (entry != null) {
                send(entry.request(), entry, null);
                return;
            }
            if (queue.storing()) {
                return; // a transaction message queued earlier goes first; its commit calls pump again
            }
            next = lanes.pollNormal();
        }
        if (next != null) {
            send(next.request(), null, next);
        }
    }

    private void send(Request<?> request, OutboundQueue.Entry entry, OutboundLanes.Waiting waiting) {
        String messageId = ids.next();
        byte[] frame = codec.encodeUtf8(new Call(messageId, request));
        long now = scheduler.now(TimeUnit.NANOSECONDS);
        Duration timeout = config.responseTimeout();
        InFlight call = new InFlight(messageId, request.action(), entry, waiting, now, lastReceived, timeout);
        inFlight = call;
        if (deadlineTimer == null || deadlineAt - call.deadline > 0) {
            armDeadline(call.deadline, now);
        }
        metrics.bytes(frame.length, 0);
        link.send(frame);
    }

    private void onAnswer(InFlight call, Confirmation confirmation) {
        inFlight = null;
        metrics.sent(call.action, "result", Duration.ofNanos(scheduler.now(TimeUnit.NANOSECONDS) - call.sentAt));
        if (call.entry != null) {
            queue.delivered(call.entry, confirmation);
        } else {
            call.waiting.complete(confirmation);
        }
        pump();
    }

    private void onFailure(InFlight call, CallException failure, String outcome) {
        inFlight = null;
        metrics.sent(call.action, outcome, null);
        if (call.entry != null) {
            queue.failed(call.entry, failure.getMessage());
        } else {
            call.waiting.fail(failure);
        }
        pump();
    }

    /*
     * Response timeouts: one timer, not one per CALL. Back-to-back CALLs would otherwise schedule and cancel a
     * task each; instead the timer is armed when none is, and on firing it times out the CALL in flight if that
     * CALL's deadline has passed, else re-arms for what is left of it.
     */
    private void armDeadline(long at, long now) {
        dispose(deadlineTimer);
        deadlineAt = at;
        deadlineTimer = scheduler.schedule(this::onDeadline, Math.max(0, at - now), TimeUnit.NANOSECONDS);
    }

    private void onDeadline() {
        deadlineTimer = null;
        InFlight call = inFlight;
        if (call == null || !running) {
            return;
        }
        long now = scheduler.now(TimeUnit.NANOSECONDS);
        if (call.deadline - now > 0) {
            armDeadline(call.deadline, now);
            return;
        }
        onFailure(call, new CallException.TimedOut(call.action, call.timeout), "timeout");
        if (link != null && lastReceived == call.receivedBefore) {
            // nothing at all came back since the CALL went out: the link is most likely half-open
            linkDown(link, "no answer and no other frame for " + call.timeout.toSeconds() + " s");
        }
    }

    // ---------------------------------------------------------------- inbound

    private void receive(Link from, byte[] utf8) {
        DecodeResult result = codec.decode(utf8, 0, utf8.length, this::pendingAction);
        scheduler.schedule(() -> {
            if (from != link) {
                return;
            }
            lastReceived++;
            metrics.bytes(0, utf8.length);
            if (result instanceof DecodeResult.Decoded) {
                onFrame(((DecodeResult.Decoded) result).frame());
            } else {
                onMalformed((DecodeResult.Malformed) result);
            }
        });
    }

    /** The frame of {@code from} is dealt with (anything but a CALL of the backend): the link may read one more. */
    private void handled(Link from) {
        if (from == link) {
            inbound.handled();
        }
    }

    private Action pendingAction(String messageId) {
        InFlight call = inFlight;
        return call != null && call.messageId.equals(messageId) ? call.action : null;
    }

    private void onFrame(OcppFrame frame) {
        if (frame instanceof Call) {
            Call call = (Call) frame;
            Link replyTo = link;
            InboundWindow window = inbound;
            window.callReceived();
            router.route(call).subscribe(reply -> scheduler.schedule(() -> {
                metrics.received(call.payload().action(),
                        reply instanceof CallError ? ((CallError) reply).errorCode().wire() : "result");
                reply(replyTo, reply);
                window.answered(); // after the write: a reconnect waiting for it closes the link behind it
            }));
            return;
        }
        inbound.handled();
        InFlight call = inFlight;
        if (call == null || !call.messageId.equals(frame.messageId())) {
            metrics.lateAnswer();
            LOG.debug("dropping an answer to {}: no such call is pending (late after a timeout?)", frame.messageId());
            return;
        }
        if (frame instanceof CallResult) {
            onAnswer(call, ((CallResult) frame).payload());
        } else {
            CallError error = (CallError) frame;
            onFailure(call, new CallException.Rejected(call.action, error.errorCode(), error.errorDescription()),
                    "error");
        }
    }

    private void onMalformed(DecodeResult.Malformed malformed) {
        inbound.handled();
        if (malformed.reply().isPresent()) {
            LOG.warn("answering a malformed CALL with {}: {}", malformed.errorCode().wire(), malformed.description());
            metrics.received(null, malformed.errorCode().wire());
            reply(link, malformed.reply().get());
            return;
        }
        InFlight call = inFlight;
        if (call != null && call.messageId.equals(malformed.messageId())) {
            // the answer to our CALL is there but invalid: the CALL failed, and we say why
            onFailure(call, new CallException.Rejected(call.action, malformed.errorCode(),
                    "invalid answer: " + malformed.description()), "error");
            return;
        }
        if (malformed.messageTypeId() == CallResult.TYPE_ID || malformed.messageTypeId() == CallError.TYPE_ID) {
            metrics.lateAnswer();
            return;
        }
        LOG.warn("ignoring a frame that cannot be answered ({}): {}", malformed.errorCode().wire(),
                malformed.description());
    }

    private void reply(Link to, OcppFrame reply) {
        if (to != null && to == link) {
            byte[] frame = codec.encodeUtf8(reply);
            metrics.bytes(frame.length, 0);
            to.send(frame);
        }
    }

    // ---------------------------------------------------------------- the link

    private void connect() {
        if (!running) {
            return;
        }
        attempt++;
        publish(ConnectionState.Phase.CONNECTING, null);
        SessionConfig using = config;
        Mono<Link> attempt;
        try {
            attempt = transport.connect(using);
        } catch (RuntimeException e) {
            connectFailed(e);
            return;
        }
        connecting = attempt
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
        metrics.connectAttempt("connected");
        link = opened;
        linkEndpoint = config.endpoint();
        attempt = 0;
        fallbackKey = null;
        dispose(watchdog);
        publish(ConnectionState.Phase.CONNECTED, null);
        inbound = new InboundWindow(config.maxInboundCalls(), event -> {
            if (event instanceof Link.Text) {
                receive(opened, ((Link.Text) event).utf8());
            } else {
                scheduler.schedule(() -> {
                    pongPending = false;
                    lastReceived++; // a pong shows the link alive, like any frame
                    handled(opened);
                });
            }
        }, error -> scheduler.schedule(() -> linkDown(opened, LinkException.class.isInstance(error)
                ? error.getMessage() : "connection broke: " + error)),
                () -> scheduler.schedule(() -> linkDown(opened, "the backend closed the connection")));
        opened.writability().subscribe(writable -> scheduler.schedule(() -> writabilityChanged(opened)));
        opened.inbound().subscribe(inbound);
        startPings();
        lanes.onConnected();
        pump();
    }

    /** Reads and writes go on only as fast as the backend takes our frames. */
    private void writabilityChanged(Link changed) {
        if (changed == link) {
            inbound.writable(changed.writable());
            pump();
        }
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
        metrics.connectAttempt(failure.reason().name().toLowerCase());
        if (failure.reason() == LinkException.Reason.UNAUTHORIZED && fallbackKey != null) {
            LOG.warn("the backend refused the new AuthorizationKey; trying the previous one again");
            config = config.toBuilder().authorizationKey(fallbackKey).build();
            fallbackKey = null;
        }
        scheduleRetry(failure.getMessage());
    }

    private void linkDown(Link broken, String cause) {
        if (broken != link) {
            return;
        }
        LOG.warn("link to {} lost: {}", linkEndpoint, cause);
        link = null;
        dispose(pinger, answersAwaited);
        answersAwaited = null; // the next link uses the latest settings anyway
        broken.close(1000, "reconnecting").subscribe(null, e -> { });
        InFlight call = inFlight;
        if (call != null) {
            inFlight = null;
            // time offline consumes no attempts: a transaction message stays at the head of its queue
            if (call.waiting != null) {
                metrics.sent(call.action, "dropped", null);
                call.waiting.fail(new CallException.Offline(call.action, "the connection dropped before the answer"));
            }
        }
        lanes.failFastOffline();
        if (running) {
            watchdog = armWatchdog();
            scheduleRetry(cause);
        }
    }

    /**
     * Reconnects once every CALL of the backend received on this link has its answer written (the answer goes out
     * before the close frame), or after {@link #RECONNECT_ANSWER_WAIT} at the latest. A ChangeConfiguration of
     * AuthorizationKey is thus Accepted on the old link before the new key is used.
     */
    private void reconnectWhenAnswered(String why) {
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
        inbound.whenAllAnswered(reconnect);
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

    private void scheduleRetry(String cause) {
        Duration delay = backoff.delay(Math.max(attempt, 1), config.reconnectMinDelay(), config.reconnectMaxDelay());
        LOG.warn("connection attempt {} to {} failed: {}; next in {} ms", attempt, config.endpoint(), cause,
                delay.toMillis());
        publish(ConnectionState.Phase.WAITING, cause);
        retry = scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void startPings() {
        dispose(pinger);
        pongPending = false;
        long every = config.pingInterval().toMillis();
        if (every == 0 || link == null) {
            return;
        }
        Link pinged = link;
        pinger = scheduler.schedulePeriodically(() -> {
            if (pinged != link) {
                return;
            }
            if (pongPending) {
                linkDown(pinged, "no pong within " + config.pingInterval().toSeconds() + " s (WebSocketPingInterval)");
                return;
            }
            pongPending = true;
            pinged.ping();
        }, every, every, TimeUnit.MILLISECONDS);
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

    private void publish(ConnectionState.Phase phase, String cause) {
        states.tryEmitNext(new ConnectionState(phase, attempt, cause,
                Instant.ofEpochMilli(scheduler.now(TimeUnit.MILLISECONDS))));
    }

    private static boolean connectionChanged(SessionConfig a, SessionConfig b) {
        return !a.endpoint().equals(b.endpoint()) || !Objects.equals(a.authorizationKey(), b.authorizationKey())
                || !a.tls().equals(b.tls()) || !Objects.equals(a.proxy(), b.proxy());
    }

    private static void dispose(Disposable... disposables) {
        for (Disposable d : disposables) {
            if (d != null) {
                d.dispose();
            }
        }
    }

    /** The one CALL of the charge point that waits for its answer. */
    private static final class InFlight {
        final String messageId;
        final Action action;
        final OutboundQueue.Entry entry;
        final OutboundLanes.Waiting waiting;
        final long sentAt;
        final long receivedBefore;
        final Duration timeout;
        final long deadline;

        InFlight(String messageId, Action action, OutboundQueue.Entry entry, OutboundLanes.Waiting waiting,
                 long sentAt, long receivedBefore, Duration timeout) {
            this.messageId = messageId;
            this.action = action;
            this.entry = entry;
            this.waiting = waiting;
            this.sentAt = sentAt;
            this.receivedBefore = receivedBefore;
            this.timeout = timeout;
            this.deadline = sentAt + timeout.toNanos();
        }

        boolean transactional() {
            return entry != null;
        }

        void fail(CallException e) {
            if (waiting != null) {
                waiting.fail(e);
            }
        }
    }

    /** Builds an {@link OcppSession}. */
    public static final class Builder {
        /** The default registry, shared by all sessions of the process (the meters are fleet totals). */
        private static final MeterRegistry SHARED_REGISTRY = new SimpleMeterRegistry();

        private final SessionConfig config;
        private final StoreWriter store;
        private Scheduler scheduler;
        private Transport transport;
        private MeterRegistry registry = SHARED_REGISTRY;
        private Runnable rebootHook = () -> LOG.error("TcpWatchdogTimeout reached, but no reboot hook is installed");
        private Random random = new Random();

        private Builder(SessionConfig config, StoreWriter store, Scheduler scheduler) {
            this.config = Objects.requireNonNull(config, "config");
            this.store = Objects.requireNonNull(store, "store");
            this.scheduler = scheduler;
        }

        /** How links are opened; Reactor Netty (on the session's event loop, when it has one) by default. */
        public Builder transport(Transport transport) {
            this.transport = transport;
            return this;
        }

        /** Where the meters go; by default one simple registry shared by the sessions of the process. */
        public Builder meterRegistry(MeterRegistry registry) {
            this.registry = registry;
            return this;
        }

        /** What {@code TcpWatchdogTimeout} calls; by default it only logs. */
        public Builder rebootHook(Runnable rebootHook) {
            this.rebootHook = rebootHook;
            return this;
        }

        /** The source of reconnect jitter; seed it in tests. */
        public Builder random(Random random) {
            this.random = random;
            return this;
        }

        public OcppSession build() {
            if (scheduler == null) {
                SessionLoop loop = SessionLoop.sharedEventLoop();
                scheduler = loop.scheduler();
                if (transport == null) {
                    transport = loop.transport();
                }
            } else if (transport == null) {
                transport = SessionLoop.anyEventLoop();
            }
            return new OcppSession(this);
        }
    }
}
