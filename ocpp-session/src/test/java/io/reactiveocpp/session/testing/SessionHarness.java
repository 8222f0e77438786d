package io.reactiveocpp.session.testing;

import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.queue.MemoryQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import reactor.core.Disposable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One {@link OcppSession} on a memory store, confined to its link's event loop (the default), with every connection state
 * it publishes recorded in order. Register handlers on {@link #session} before {@link #start()}.
 */
public final class SessionHarness implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);

    public final OcppSession session;
    /** Every state since construction (the first is STOPPED); {@link #awaitPhase} consumes from here. */
    public final BlockingQueue<ConnectionState> states = new LinkedBlockingQueue<>();
    /** Every state since construction, never consumed. */
    public final List<ConnectionState> history = new CopyOnWriteArrayList<>();
    private final StoreWriter store = new StoreWriter(new MemoryQueueStore(), "fault-store");
    private final Disposable recording;

    public SessionHarness(SessionConfig config) {
        this(config, null);
    }

    /** A session that connects through {@code transport} ({@code null}: the session's default). */
    public SessionHarness(SessionConfig config, io.reactiveocpp.session.transport.Transport transport) {
        OcppSession.Builder builder = OcppSession.builder(config, store);
        session = (transport == null ? builder : builder.transport(transport)).build();
        recording = session.connectionStates().subscribe(state -> {
            history.add(state);
            states.add(state);
        });
    }

    /** The defaults of these tests: charge point CP-1, fast reconnects, a short connection timeout. */
    public static SessionConfig.Builder config(String backendUrl) {
        return SessionConfig.builder(backendUrl, "CP-1")
                .reconnectMinDelay(Duration.ofMillis(100))
                .reconnectMaxDelay(Duration.ofMillis(500))
                .connectionTimeout(Duration.ofSeconds(5));
    }

    public static BootNotificationRequest boot() {
        return new BootNotificationRequest("ACME", "Wallbox 22", null, null, null, null, null, null, null);
    }

    public SessionHarness start() {
        session.start().block(WAIT);
        return this;
    }

    /**
     * Consumes recorded states up to and including the next one in {@code phase}; fails the test with the states
     * seen on the way if none comes within {@link #WAIT}.
     */
    public ConnectionState awaitPhase(ConnectionState.Phase phase) throws InterruptedException {
        return awaitState(state -> state.phase() == phase, phase.toString());
    }

    /** Consumes recorded states up to and including the next one that matches; fails the test on timeout. */
    public ConnectionState awaitState(Predicate<ConnectionState> match, String what) throws InterruptedException {
        List<ConnectionState> seen = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (long left = WAIT.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            ConnectionState state = states.poll(left, TimeUnit.NANOSECONDS);
            if (state != null && match.test(state)) {
                return state;
            }
            if (state != null) {
                seen.add(state);
            }
        }
        throw new AssertionError("no " + what + " state within " + WAIT + "; saw " + seen);
    }

    /** Whether the session was ever connected. */
    public boolean everConnected() {
        return history.stream().anyMatch(ConnectionState::connected);
    }

    @Override
    public void close() {
        try {
            session.stop().block(WAIT);
        } finally {
            recording.dispose();
            store.close();
        }
    }
}
