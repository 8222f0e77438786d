package io.reactiveocpp.session;

import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Function;

/**
 * The charge point's side of an OCPP-J 1.6 connection, as the engine sees it. No Netty type crosses this
 * interface.
 *
 * <h2>Outbound CALLs</h2>
 * At most one CALL of the charge point is outstanding at a time (OCPP-J section 4.1.1). Waiting CALLs are
 * sent in this order: BootNotification first, then transaction messages in FIFO order (only once
 * {@link #admit admitted}), then every other message in the order given (also only once admitted).
 * <ul>
 *   <li>{@link #call} is for everything except transaction messages. The Mono is lazy: nothing is sent
 *       before subscription. It emits the backend's confirmation, or fails with a {@link CallException}:
 *       {@code Rejected} on a CALLERROR, {@code TimedOut} after the response timeout, {@code Offline} when
 *       the backend is unreachable and the action is one that fails fast (Authorize, DataTransfer,
 *       Heartbeat) or the link dropped with the CALL in flight. Other actions wait for the link in a small
 *       in-memory lane; StatusNotifications waiting there are coalesced to the latest per connector.</li>
 *   <li>{@link #enqueue} is for StartTransaction, StopTransaction and MeterValues of a transaction, and for
 *       SecurityEventNotification ({@link TransactionMessage#outsideTransaction}; {@link #call} refuses it): the
 *       Mono completes once the message is durably stored, and the message is then delivered across
 *       disconnects and restarts; its outcome arrives on {@link #transactionOutcomes()}.</li>
 * </ul>
 *
 * <h2>Inbound CALLs</h2>
 * Handlers are registered per request type before {@link #start()}. Every inbound CALL gets exactly one
 * answer: the handler's confirmation, NotImplemented for an unknown action, NotSupported for a known action
 * without handler, the codec's error code for an invalid payload, InternalError when the handler fails.
 * Several inbound CALLs may be in flight at once.
 *
 * <h2>Threads</h2>
 * Every method may be called from any thread. Monos and Fluxes signal on the session's scheduler; a
 * subscriber that has work to do hops to its own scheduler.
 */
public interface OcppClient {

    /** Starts connecting (and keeps reconnecting until {@link #stop()}); completes at once. */
    Mono<Void> start();

    /**
     * Stops: fails waiting CALLs with {@link CallException.Stopped}, waits up to a second for the CALL in
     * flight, and closes the WebSocket with the normal closure code. Queued transaction messages stay
     * stored.
     */
    Mono<Void> stop();

    /** Sends a CALL that is not a transaction message; see the class documentation. */
    <C extends Confirmation> Mono<C> call(Request<C> request);

    /** Stores a transaction message durably; fails with {@link CallException.QueueFull} if there is no room. */
    Mono<Void> enqueue(TransactionMessage message);

    /**
     * The latest transaction messages whose attempts were exhausted, at most {@code limit}, oldest first: kept for the
     * operator and for diagnostics, never deleted by the session.
     */
    Mono<List<DeadLetter>> deadLetters(int limit);

    /** The outcomes of queued transaction messages, buffered until the first subscriber. */
    Flux<TransactionOutcome> transactionOutcomes();

    /** Registers the handler of an inbound request type, replacing any earlier one. */
    <C extends Confirmation, R extends Request<C>> void handle(Class<R> type, Function<? super R, Mono<C>> handler);

    /**
     * Opens (or closes) the gate for everything but BootNotification: the engine admits the queue once the
     * backend accepted the registration, and closes it while the registration is Pending or Rejected.
     * Closed at start.
     */
    void admit(boolean admitted);

    /**
     * Applies a new configuration. A changed ping interval or queue setting takes effect without
     * reconnecting; a changed URL, identity, key, security profile, TLS or proxy setting reconnects. If the
     * backend refuses a changed key, or the first attempt with a changed security profile or TLS setting fails,
     * the previous security settings are restored and published on {@link #securityFallbacks()} (no lock-out by
     * a typo or an unprepared backend).
     */
    void reconfigure(SessionConfig config);

    /** Each fall back to the previous security settings, from now on (none by default). */
    default Flux<SecurityFallback> securityFallbacks() {
        return Flux.empty();
    }

    /**
     * The certificates the charge point's certificate store holds, joined to the TLS settings of the current and
     * every later configuration: {@code roots} (the installed CentralSystemRootCertificates) are trusted besides
     * the CA bundle from the next connection on, without a reconnect; {@code identity}, when not {@code null},
     * replaces the configured client certificate (a change reconnects as a TLS change does). Ignored by default.
     */
    default void storeCertificates(List<X509Certificate> roots, ClientIdentity identity) {
    }

    /** The current configuration. */
    SessionConfig config();

    /** The link's state now and every change after; replays the latest to a new subscriber. */
    Flux<ConnectionState> connectionStates();

    /** The queue's fill state now and every change after; replays the latest to a new subscriber. */
    Flux<QueueState> queueStates();
}
