package io.reactiveocpp.session;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reactiveocpp.codec.OcppCodec;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.action.Role;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.session.queue.OutboundQueue;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.reconnect.LinkSupervisor;
import io.reactiveocpp.session.reconnect.StallGuard;
import io.reactiveocpp.session.rpc.CallCorrelator;
import io.reactiveocpp.session.rpc.InboundDispatcher;
import io.reactiveocpp.session.rpc.InboundWindow;
import io.reactiveocpp.session.rpc.IncomingCallRouter;
import io.reactiveocpp.session.transport.Link;
import io.reactiveocpp.session.transport.SessionLoop;
import io.reactiveocpp.session.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Random;
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
 *
 * <p>The session wires its parts and keeps the public contract: the {@link LinkSupervisor} keeps the link up
 * (attempts, back-off, pings, watchdog, key fallback), the {@link OutboundPump} sends one CALL at a time from the
 * lanes and the queue, the {@link CallCorrelator} matches answers and times CALLs out, the {@link InboundDispatcher}
 * reads the link and answers the backend's CALLs through the {@link IncomingCallRouter}. All run on the scheduler.
 */
public final class OcppSession implements OcppClient {

    private static final Logger LOG = LoggerFactory.getLogger(OcppSession.class);

    /** How long a reconnect for changed connection settings waits for answers: see {@link LinkSupervisor}. */
    public static final Duration RECONNECT_ANSWER_WAIT = LinkSupervisor.RECONNECT_ANSWER_WAIT;

    private final Scheduler scheduler;
    private final StoreWriter store;
    private final SessionMetrics metrics;
    private final IncomingCallRouter router = new IncomingCallRouter();
    private final LinkSupervisor supervisor;
    private final OutboundPump pump;
    private final InboundDispatcher inbound;
    private final Sinks.Many<QueueState> queueStates = Sinks.many().replay().latest();
    // unbounded (Reactor's linked queue, links made as needed): no outcome dropped, ~1 KiB at the first, not 16 KiB
    private final Sinks.Many<TransactionOutcome> outcomes =
            Sinks.many().multicast().onBackpressureBuffer(Integer.MAX_VALUE, false);

    // confined to the scheduler
    private OutboundQueue queue;
    private List<X509Certificate> storeRoots = List.of();
    private ClientIdentity storeIdentity;

    private OcppSession(Builder b) {
        this.scheduler = b.scheduler;
        this.store = b.store;
        this.metrics = new SessionMetrics(b.registry, b.config.chargePointId());
        this.supervisor = new LinkSupervisor(b.config, b.transport, b.scheduler, b.random, b.rebootHook, b.liveness,
                new Wiring());
        OcppCodec codec = OcppCodec.forChargePoint();
        this.pump = new OutboundPump(codec, scheduler, metrics, supervisor, b.liveness);
        this.inbound = new InboundDispatcher(codec, scheduler, router, pump.correlator(), supervisor::link, metrics);
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
        return OutboundQueue.open(store, scheduler, supervisor.config()).doOnNext(opened -> {
            queue = opened;
            metrics.open();
            pump.open(opened);
            queue.states().subscribe(state -> {
                metrics.queue(state);
                queueStates.tryEmitNext(state);
            });
            queue.outcomes().subscribe(outcome -> outcomes.tryEmitNext(outcome));
            supervisor.start();
        }).then();
    }

    @Override
    public Mono<Void> stop() {
        return Mono.defer(() -> {
            Sinks.Empty<Void> done = Sinks.empty();
            scheduler.schedule(() -> supervisor.stop(() -> {
                metrics.close();
                pump.stop();
            }).subscribe(null, null, done::tryEmitEmpty));
            return done.asMono();
        });
    }

    @Override
    public <C extends Confirmation> Mono<C> call(Request<C> request) {
        Action action = request.action();
        if (!action.initiator().sends(Role.CHARGE_POINT)) {
            return Mono.error(new IllegalArgumentException(action.wireName() + " is sent by the central system"));
        }
        if (LanePolicy.queuedOnly(action)) {
            return Mono.error(new IllegalArgumentException(action.wireName()
                    + " is delivered durably: queue it with enqueue() so that it is stored on disk first"));
        }
        return Mono.<Confirmation>create(sink -> {
            OutboundLanes.Waiting waiting = new OutboundLanes.Waiting(request, sink);
            sink.onCancel(() -> scheduler.schedule(() -> pump.remove(waiting)));
            scheduler.schedule(() -> pump.offer(waiting));
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
        scheduler.schedule(() -> pump.admit(admitted));
    }

    @Override
    public void reconfigure(SessionConfig next) {
        Objects.requireNonNull(next, "config");
        scheduler.schedule(() -> {
            if (queue != null) {
                queue.reconfigure(next);
            }
            supervisor.reconfigure(next.withStoreCertificates(storeRoots, storeIdentity));
        });
    }

    @Override
    public Flux<SecurityFallback> securityFallbacks() {
        return supervisor.fallbacks();
    }

    @Override
    public void storeCertificates(List<X509Certificate> roots, ClientIdentity identity) {
        List<X509Certificate> trusted = List.copyOf(roots);
        scheduler.schedule(() -> {
            storeRoots = trusted;
            storeIdentity = identity;
            supervisor.reconfigure(supervisor.config().withStoreCertificates(storeRoots, storeIdentity));
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
        return supervisor.config();
    }

    @Override
    public Flux<ConnectionState> connectionStates() {
        return supervisor.states();
    }

    @Override
    public Flux<QueueState> queueStates() {
        return queueStates.asFlux();
    }

    /** The supervisor's view of the session: on the scheduler. */
    private final class Wiring implements LinkSupervisor.Owner {
        @Override
        public void linkUp(Link opened) {
            opened.writability().subscribe(writable -> scheduler.schedule(() -> writabilityChanged(opened)));
            inbound.read(opened, supervisor.config().maxInboundCalls(), supervisor::pong,
                    cause -> supervisor.linkDown(opened, cause));
        }

        @Override
        public void linkReady() {
            pump.linkUp();
        }

        @Override
        public void linkDown(Link broken) {
            metrics.disconnected();
            pump.linkDown();
        }

        @Override
        public InboundWindow inbound() {
            return inbound.window();
        }

        @Override
        public void connectAttempt(String outcome) {
            metrics.connectAttempt(outcome);
        }

        /** Reads and writes go on only as fast as the backend takes our frames. */
        private void writabilityChanged(Link changed) {
            if (changed == supervisor.link()) {
                inbound.window().writable(changed.writable());
                pump.pump();
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
        private StallGuard liveness = StallGuard.ownTimers();

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

        /** What excuses a liveness verdict (the process stood still); by default only its own timer's lateness. */
        public Builder liveness(StallGuard liveness) {
            this.liveness = Objects.requireNonNull(liveness, "liveness");
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
