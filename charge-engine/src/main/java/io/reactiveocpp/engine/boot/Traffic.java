package io.reactiveocpp.engine.boot;

import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.OcppClient;
import io.reactiveocpp.session.QueueState;
import io.reactiveocpp.session.ClientIdentity;
import io.reactiveocpp.session.SecurityFallback;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TransactionMessage;
import io.reactiveocpp.session.TransactionOutcome;
import io.reactiveocpp.session.DeadLetter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The session as the engine's services see it, noting when a message last went to or came from the backend
 * (a CALL of the charge point, a transaction message queued, a CALL of the backend handled), so that the
 * heartbeat can be left out while other messages flow ({@code ForceHeartbeat} off, see {@link Registration}).
 */
public final class Traffic implements OcppClient {

    private final OcppClient session;
    private final Scheduler scheduler;
    private volatile long last = Long.MIN_VALUE / 2;

    public Traffic(OcppClient session, Scheduler scheduler) {
        this.session = session;
        this.scheduler = scheduler;
    }

    /** When (scheduler millis) the last message went either way: a CALL sent, a transaction message queued, a CALL received. */
    long lastMillis() {
        return last;
    }

    private void noted() {
        last = scheduler.now(TimeUnit.MILLISECONDS);
    }

    /**
     * A CALL of the backend arrived (for handlers registered on the session itself rather than through
     * {@link #handle}, which notes it already): one wrapper per handler instead of two.
     */
    public void received() {
        noted();
    }

    @Override
    public <C extends Confirmation> Mono<C> call(Request<C> request) {
        return session.call(request).doOnSubscribe(s -> noted());
    }

    @Override
    public Mono<Void> enqueue(TransactionMessage message) {
        return session.enqueue(message).doOnSubscribe(s -> noted());
    }

    @Override
    public <C extends Confirmation, R extends Request<C>> void handle(Class<R> type,
                                                                     Function<? super R, Mono<C>> handler) {
        session.handle(type, request -> {
            noted();
            return handler.apply(request);
        });
    }

    @Override
    public Mono<Void> start() {
        return session.start();
    }

    @Override
    public Mono<Void> stop() {
        return session.stop();
    }

    @Override
    public Mono<List<DeadLetter>> deadLetters(int limit) {
        return session.deadLetters(limit);
    }

    @Override
    public Flux<TransactionOutcome> transactionOutcomes() {
        return session.transactionOutcomes();
    }

    @Override
    public void admit(boolean admitted) {
        session.admit(admitted);
    }

    @Override
    public void reconfigure(SessionConfig config) {
        session.reconfigure(config);
    }

    @Override
    public SessionConfig config() {
        return session.config();
    }

    @Override
    public Flux<SecurityFallback> securityFallbacks() {
        return session.securityFallbacks();
    }

    @Override
    public void storeCertificates(List<X509Certificate> roots, ClientIdentity identity) {
        session.storeCertificates(roots, identity);
    }

    @Override
    public Flux<ConnectionState> connectionStates() {
        return session.connectionStates();
    }

    @Override
    public Flux<QueueState> queueStates() {
        return session.queueStates();
    }
}
