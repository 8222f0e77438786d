package io.reactiveocpp.bench.session;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.WebsocketServerSpec;
import reactor.netty.resources.LoopResources;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The smallest central system that keeps a charge point busy: a Reactor Netty WebSocket server on 127.0.0.1
 * that accepts subprotocol {@code ocpp1.6} on any path and answers every CALL with a canned CALLRESULT,
 * found by the action name with plain string handling (no JSON parser): BootNotification is Accepted,
 * Heartbeat gets the current time, Authorize and StartTransaction accept (with transactionIds counted from 1),
 * DataTransfer is Accepted, every other action gets {@code {}}. Anything that is not a CALL is
 * ignored; pings are answered by Reactor Netty. The backend does as little as possible, so that a client's
 * own cost shows in a round trip.
 *
 * <p>Runs in-process ({@link #start(int)}) or as a process of its own:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reactiveocpp.bench.session.MinimalBackend 8180
 * </pre>
 */
public final class MinimalBackend implements AutoCloseable {

    /** The WebSocket subprotocol of OCPP-J 1.6. */
    public static final String SUBPROTOCOL = "ocpp1.6";

    /** The heartbeat interval handed out in the BootNotification answer, seconds. */
    public static final int BOOT_INTERVAL = 30;

    private static final WebsocketServerSpec SPEC = WebsocketServerSpec.builder()
            .protocols(SUBPROTOCOL)
            .maxFramePayloadLength(1 << 16)
            .build();

    private final LoopResources loops;
    private final DisposableServer server;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicLong answered = new AtomicLong();

    private MinimalBackend(int port, int threads) {
        loops = LoopResources.create("backend", 1, threads, true);
        server = HttpServer.create()
                .host("127.0.0.1")
                .port(port)
                .runOn(loops)
                .handle((request, response) -> {
                    if (!request.requestHeaders().containsValue(HttpHeaderNames.UPGRADE, "websocket", true)) {
                        return response.status(HttpResponseStatus.NOT_FOUND).send();
                    }
                    return response.sendWebsocket((in, out) -> {
                        open.incrementAndGet();
                        return out.sendObject(in.aggregateFrames(1 << 16).receiveFrames()
                                        .filter(frame -> frame instanceof TextWebSocketFrame)
                                        .mapNotNull(frame -> {
                                            String answer = answer(((TextWebSocketFrame) frame).text());
                                            if (answer == null) {
                                                return null;
                                            }
                                            answered.incrementAndGet();
                                            return new TextWebSocketFrame(answer);
                                        }))
                                .then()
                                .doFinally(signal -> open.decrementAndGet());
                    }, SPEC);
                })
                .bindNow();
    }

    /** Starts a backend on this port of 127.0.0.1 (0: any free port), with two event loops. */
    public static MinimalBackend start(int port) {
        return new MinimalBackend(port, 2);
    }

    public int port() {
        return server.port();
    }

    /** The URL to configure as {@code BackendUrl} (a charge point id is appended as the last segment). */
    public String url() {
        return "ws://127.0.0.1:" + port();
    }

    /** WebSockets open now. */
    public int openConnections() {
        return open.get();
    }

    /** CALLs answered so far. */
    public long answered() {
        return answered.get();
    }

    @Override
    public void close() {
        server.disposeNow();
        loops.disposeLater().block();
    }

    /**
     * The CALLRESULT for an OCPP-J frame, or {@code null} if it is no CALL. A CALL is
     * {@code [2,"<id>","<action>",{...}]}; the id and the action are taken between the first four quotes
     * (neither contains a quote in practice: the ids are generated, the actions are names).
     */
    private static final java.util.concurrent.atomic.AtomicInteger TRANSACTIONS = new java.util.concurrent.atomic.AtomicInteger();

    static String answer(String frame) {
        int i = 0;
        int n = frame.length();
        while (i < n && frame.charAt(i) != '[') {
            i++;
        }
        i++;
        while (i < n && frame.charAt(i) <= ' ') {
            i++;
        }
        if (i >= n || frame.charAt(i) != '2' || i + 1 < n && Character.isDigit(frame.charAt(i + 1))) {
            return null;
        }
        int idStart = frame.indexOf('"', i) + 1;
        int idEnd = idStart == 0 ? -1 : frame.indexOf('"', idStart);
        int actionStart = idEnd < 0 ? 0 : frame.indexOf('"', idEnd + 1) + 1;
        int actionEnd = actionStart == 0 ? -1 : frame.indexOf('"', actionStart);
        if (actionEnd < 0) {
            return null;
        }
        String id = frame.substring(idStart, idEnd);
        String payload;
        if (is(frame, actionStart, actionEnd, "Heartbeat")) {
            payload = "{\"currentTime\":\"" + Clock.now() + "\"}";
        } else if (is(frame, actionStart, actionEnd, "BootNotification")) {
            payload = "{\"status\":\"Accepted\",\"currentTime\":\"" + Clock.now() + "\",\"interval\":"
                    + BOOT_INTERVAL + "}";
        } else if (is(frame, actionStart, actionEnd, "Authorize")) {
            payload = "{\"idTagInfo\":{\"status\":\"Accepted\"}}";
        } else if (is(frame, actionStart, actionEnd, "StartTransaction")) {
            payload = "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":"
                    + TRANSACTIONS.incrementAndGet() + "}";
        } else if (is(frame, actionStart, actionEnd, "DataTransfer")) {
            payload = "{\"status\":\"Accepted\"}";
        } else {
            payload = "{}"; // StopTransaction, StatusNotification, MeterValues, ...: their confirmations may be empty
        }
        return "[3,\"" + id + "\"," + payload + "]";
    }

    /** Whether the action between {@code start} and {@code end} of the frame is {@code action}. */
    private static boolean is(String frame, int start, int end, String action) {
        return end - start == action.length() && frame.startsWith(action, start);
    }

    /** The current time in whole seconds, formatted once per second. */
    private static final class Clock {
        private static volatile Stamp stamp = new Stamp(0, "");

        private record Stamp(long second, String text) {
        }

        static String now() {
            long second = System.currentTimeMillis() / 1000;
            Stamp current = stamp;
            if (current.second != second) {
                current = new Stamp(second, Instant.ofEpochSecond(second).toString());
                stamp = current;
            }
            return current.text;
        }
    }

    /** {@code MinimalBackend [port] [event loop threads]}: serves until killed. */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8180;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        MinimalBackend backend = new MinimalBackend(port, threads);
        System.out.println("MinimalBackend listening on " + backend.url() + " (pid " + ProcessHandle.current().pid()
                + ", " + threads + " event loops)");
        Runtime.getRuntime().addShutdownHook(new Thread(backend::close));
        long last = -1;
        while (true) {
            Thread.sleep(10_000);
            long answered = backend.answered();
            if (answered != last) {
                System.out.println(Instant.now() + " open=" + backend.openConnections() + " answered=" + answered);
                last = answered;
            }
        }
    }
}
