package io.reactiveocpp.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.server.HttpServerRequest;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The checks of the admin password for the local HTTP interface: {@link OperatorAuth} (PBKDF2, one check at a time
 * on its own thread with at most {@value #AUTH_QUEUE} waiting, more: 429) and the {@link LoginThrottle} of failed
 * logins by address, with the log line of each failure. Thread-safe.
 */
final class Credentials implements AutoCloseable {

    /** Authentications that may wait for the PBKDF2 thread. */
    static final int AUTH_QUEUE = 16;
    private static final Logger LOG = LoggerFactory.getLogger(LocalHttpServer.class);

    private final LoginThrottle throttle;
    private final OperatorAuth auth;
    private final ThreadPoolExecutor authThread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(AUTH_QUEUE), task -> {
                Thread thread = new Thread(task, "operator-auth");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.AbortPolicy());

    Credentials(PasswordHash password, Scheduler clock) {
        this.throttle = new LoginThrottle(clock);
        this.auth = new OperatorAuth(password, clock);
    }

    OperatorAuth auth() {
        return auth;
    }

    /** The 429 of an address blocked after failed logins, or {@code null}. */
    Reply blocked(InetAddress client) {
        Duration wait = throttle.blocked(client);
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return wait.isZero() ? null : Reply.error(429, null, "too many failed logins from " + client.getHostAddress()
                + "; try again in " + seconds + " s").withHeader("Retry-After", Long.toString(seconds));
    }

    /** The verdict on an {@code Authorization} header: remembered at once, else from the PBKDF2 thread. */
    Mono<OperatorAuth.Verdict> authenticate(String header, boolean mayLogIn) {
        OperatorAuth.Verdict quick = auth.remembered(header, mayLogIn);
        return quick != null ? Mono.just(quick) : Mono.defer(() -> Mono.fromFuture(
                CompletableFuture.supplyAsync(() -> auth.verify(header, mayLogIn), authThread)));
    }

    /** A refused check; a request without credentials is a browser's first try, not a failed login. */
    void failed(InetAddress client, String header) {
        if (header == null) {
            return;
        }
        int inARow = throttle.failed(client);
        Duration blocked = throttle.blocked(client);
        LOG.warn("failed login to the local HTTP interface from {} ({} in a row{})", client.getHostAddress(), inARow,
                blocked.isZero() ? "" : "; its next attempts are refused for " + blocked.toSeconds() + " s");
    }

    /** A check that passed: the address's failures are forgotten. */
    void succeeded(InetAddress client) {
        throttle.succeeded(client);
    }

    /** The address a request came from (loopback when unknown). */
    static InetAddress client(HttpServerRequest request) {
        InetSocketAddress remote = request.remoteAddress();
        return remote == null || remote.getAddress() == null ? InetAddress.getLoopbackAddress() : remote.getAddress();
    }

    @Override
    public void close() {
        authThread.shutdownNow();
    }
}
