package io.reactiveocpp.engine.testing;

import io.reactiveocpp.codec.OcppCodec;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.testing.OcppSchemas;
import io.reactiveocpp.session.ClientIdentity;
import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.OcppClient;
import io.reactiveocpp.session.QueueState;
import io.reactiveocpp.session.SecurityFallback;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TransactionMessage;
import io.reactiveocpp.session.TransactionOutcome;
import io.reactiveocpp.session.DeadLetter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The engine's view of a backend, for scenario tests in virtual time: every CALL the engine makes is
 * checked against the official schema and recorded; the test answers it; the test plays inbound CALLs
 * through the registered handlers. Single-threaded (the test thread runs the virtual-time scheduler).
 */
public final class RecordingClient implements OcppClient {

    private static final OcppCodec CP = OcppCodec.forChargePoint();

    private final ArrayDeque<Outbound> outbound = new ArrayDeque<>();
    private final ArrayDeque<Outbound> securityEvents = new ArrayDeque<>();
    private final Map<Class<?>, Function<Object, Mono<? extends Confirmation>>> handlers = new HashMap<>();
    private final Sinks.Many<ConnectionState> states = Sinks.many().replay().latest();
    private final Sinks.Many<QueueState> queue = Sinks.many().replay().latest();
    private final Sinks.Many<TransactionOutcome> outcomes = Sinks.many().multicast().onBackpressureBuffer();
    private final Sinks.Many<SecurityFallback> fallbacks = Sinks.many().multicast().directBestEffort();
    private volatile SessionConfig sessionConfig = SessionConfig.builder("ws://backend.test/ocpp", "CP-1").build();
    private volatile List<X509Certificate> storeRoots = List.of();
    public boolean admitted;
    /** When set, transaction messages are stored only once the test completes it (a slow flash write). */
    public Sinks.Empty<Void> storeGate;

    public RecordingClient() {
        states.tryEmitNext(new ConnectionState(ConnectionState.Phase.STOPPED, 0, null, Instant.EPOCH));
        queue.tryEmitNext(new QueueState(0, 1000, 0, false, Duration.ZERO, 0, 0));
    }

    /** A CALL of the engine waiting for the test's answer. */
    public static final class Outbound {
        public final Request<?> request;
        private final java.util.function.Consumer<Confirmation> onAnswer;
        private final java.util.function.Consumer<Throwable> onError;

        Outbound(Request<?> request, java.util.function.Consumer<Confirmation> onAnswer,
                 java.util.function.Consumer<Throwable> onError) {
            this.request = request;
            this.onAnswer = onAnswer;
            this.onError = onError;
        }

        public void answer(Confirmation confirmation) {
            onAnswer.accept(confirmation);
        }

        public void fail(Throwable error) {
            onError.accept(error);
        }

        /** The request, typed. */
        @SuppressWarnings("unchecked")
        public <R> R request() {
            return (R) request;
        }
    }

    private long seq;

    /** The link comes up or goes down. */
    public void connected(boolean up) {
        states.tryEmitNext(new ConnectionState(up ? ConnectionState.Phase.CONNECTED : ConnectionState.Phase.WAITING,
                0, null, Instant.EPOCH));
    }

    /** The oldest unanswered CALL, which must be of {@code type}. */
    public <R extends Request<?>> Outbound next(Class<R> type) {
        Outbound next = outbound.poll();
        if (next == null) {
            throw new AssertionError("the engine sent nothing; expected " + type.getSimpleName());
        }
        if (!type.isInstance(next.request)) {
            throw new AssertionError("expected " + type.getSimpleName() + ", the engine sent " + next.request);
        }
        return next;
    }

    /**
     * The oldest unanswered CALL of {@code type}, taken out from among the others, which stay (for tests that
     * care about one message, not the order around it).
     */
    public <R extends Request<?>> Outbound find(Class<R> type) {
        return find(type, request -> true);
    }

    /** The oldest unanswered CALL of {@code type} that {@code which} accepts, taken out from among the others. */
    public <R extends Request<?>> Outbound find(Class<R> type, java.util.function.Predicate<R> which) {
        for (Outbound candidate : outbound) {
            if (type.isInstance(candidate.request) && which.test(type.cast(candidate.request))
                    && outbound.remove(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("the engine sent no such " + type.getSimpleName() + "; waiting: " + outbound.stream()
                .map(o -> o.request.action().wireName()).toList());
    }

    /** Every unanswered CALL of {@code type}, oldest first, taken out from among the others (maybe none). */
    public <R extends Request<?>> List<Outbound> takeAll(Class<R> type) {
        List<Outbound> taken = new java.util.ArrayList<>();
        for (var it = outbound.iterator(); it.hasNext(); ) {
            Outbound candidate = it.next();
            if (type.isInstance(candidate.request)) {
                it.remove();
                taken.add(candidate);
            }
        }
        return taken;
    }

    /**
     * The oldest SecurityEventNotification the engine queued and the test has not taken yet: they are kept apart
     * from the other CALLs (every start raises StartupOfTheDevice), in the order they were queued.
     */
    public Outbound nextSecurityEvent() {
        Outbound next = securityEvents.poll();
        if (next == null) {
            throw new AssertionError("the engine queued no SecurityEventNotification");
        }
        return next;
    }

    /** Forgets the SecurityEventNotifications queued so far (a test that looks at later ones). */
    public void takeAllSecurityEvents() {
        securityEvents.clear();
    }

    /** A connection attempt failed so. */
    public void failed(ConnectionState.Failure failure, String cause) {
        states.tryEmitNext(new ConnectionState(ConnectionState.Phase.WAITING, 1, cause, Instant.EPOCH, failure));
    }

    /** The oldest queued SecurityEventNotification of {@code type}, taken out from among the others. */
    public Outbound securityEvent(String type) {
        for (Outbound candidate : securityEvents) {
            if (((io.reactiveocpp.codec.message.security.SecurityEventNotificationRequest) candidate.request).type()
                    .equals(type) && securityEvents.remove(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("the engine queued no " + type + "; queued: " + securityEventTypes());
    }

    /** The SecurityEventNotifications queued and not taken yet, oldest first; takes nothing out. */
    public List<io.reactiveocpp.codec.message.security.SecurityEventNotificationRequest> securityEventRequests() {
        return securityEvents.stream()
                .map(o -> (io.reactiveocpp.codec.message.security.SecurityEventNotificationRequest) o.request)
                .toList();
    }

    /** The types of the SecurityEventNotifications queued and not taken yet, oldest first; takes nothing out. */
    public List<String> securityEventTypes() {
        return securityEvents.stream()
                .map(o -> ((io.reactiveocpp.codec.message.security.SecurityEventNotificationRequest) o.request).type())
                .toList();
    }

    /** Whether the oldest unanswered CALL is of {@code type}; takes nothing out. */
    public boolean nextIs(Class<? extends Request<?>> type) {
        Outbound next = outbound.peek();
        return next != null && type.isInstance(next.request);
    }

    public boolean quiet() {
        return outbound.isEmpty();
    }

    /** The backend sends a CALL; returns the handler's answer, checked against the schema. */
    @SuppressWarnings("unchecked")
    public <C extends Confirmation> C receive(Request<C> request) {
        Function<Object, Mono<? extends Confirmation>> handler = handlers.get(request.getClass());
        if (handler == null) {
            throw new AssertionError("no handler for " + request.action().wireName());
        }
        C answer = (C) handler.apply(request).block(Duration.ofSeconds(5));
        validate(request.action().wireName() + ".conf", CP.encode(new io.reactiveocpp.codec.frame.CallResult("x", answer)));
        return answer;
    }

    private static void validate(String schemaId, String frame) {
        String payload = frame.substring(frame.indexOf('{'), frame.lastIndexOf('}') + 1);
        List<String> errors = OcppSchemas.ocpp16().validate(schemaId, payload);
        if (!errors.isEmpty()) {
            throw new AssertionError(schemaId + " is not schema-valid: " + errors + " in " + payload);
        }
    }

    @Override
    public Mono<Void> start() {
        return Mono.empty();
    }

    @Override
    public Mono<Void> stop() {
        return Mono.empty();
    }

    @Override
    public <C extends Confirmation> Mono<C> call(Request<C> request) {
        var delivery = request.action().delivery();
        if (delivery == io.reactiveocpp.codec.action.Delivery.TRANSACTION
                || delivery == io.reactiveocpp.codec.action.Delivery.DURABLE) {
            return Mono.error(new IllegalArgumentException(request.action().wireName() + " must be enqueued"));
        }
        validate(request.action().wireName() + ".req", CP.encode(new Call("x", request)));
        return Mono.<Confirmation>create(sink -> outbound.add(new Outbound(request, sink::success, sink::error))).map(c -> {
            @SuppressWarnings("unchecked")
            C typed = (C) c;
            return typed;
        });
    }

    @Override
    public Mono<Void> enqueue(TransactionMessage message) {
        // stored at once; the answer the test gives arrives as an outcome, as the durable queue delivers it
        Request<?> request = message.request();
        validate(request.action().wireName() + ".req", CP.encode(new Call("x", request)));
        long n = ++seq;
        (request.action().delivery() == io.reactiveocpp.codec.action.Delivery.DURABLE ? securityEvents : outbound)
                .add(new Outbound(request,
                answer -> outcomes.tryEmitNext(new TransactionOutcome(n, message, answer, null)),
                error -> outcomes.tryEmitNext(new TransactionOutcome(n, message, null, error.getMessage()))));
        return storeGate == null ? Mono.empty() : storeGate.asMono();
    }

    @Override
    public Mono<List<DeadLetter>> deadLetters(int limit) {
        return Mono.just(List.of());
    }

    @Override
    public Flux<TransactionOutcome> transactionOutcomes() {
        return outcomes.asFlux();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C extends Confirmation, R extends Request<C>> void handle(Class<R> type, Function<? super R, Mono<C>> handler) {
        handlers.put(type, request -> handler.apply((R) request));
    }

    @Override
    public void admit(boolean admitted) {
        this.admitted = admitted;
    }

    @Override
    public void reconfigure(SessionConfig config) {
        this.sessionConfig = config;
    }

    @Override
    public SessionConfig config() {
        return sessionConfig;
    }

    @Override
    public Flux<SecurityFallback> securityFallbacks() {
        return fallbacks.asFlux();
    }

    /** The session falls back to its previous security settings. */
    public void fallBack(SecurityFallback fallback) {
        fallbacks.tryEmitNext(fallback);
    }

    @Override
    public void storeCertificates(List<X509Certificate> roots, ClientIdentity identity) {
        storeRoots = List.copyOf(roots);
    }

    /** The CentralSystemRootCertificates the engine handed to the session last. */
    public List<X509Certificate> storeRoots() {
        return storeRoots;
    }

    @Override
    public Flux<ConnectionState> connectionStates() {
        return states.asFlux();
    }

    @Override
    public Flux<QueueState> queueStates() {
        return queue.asFlux();
    }

    /** The session publishes this queue state. */
    public void queue(QueueState state) {
        queue.tryEmitNext(state);
    }
}
