package io.reactiveocpp.bench.engine;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.reactiveocpp.engine.ChargePoint;
import io.reactiveocpp.engine.StationIdentity;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.hal.PilotState;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.queue.MemoryQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.WebsocketServerSpec;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Issue 4's latency figure: from a hardware event (the control pilot changes state) to the resulting
 * StatusNotification frame arriving at the backend, through the engine, the session, the codec and
 * Reactor Netty on loopback. Sequential: the next event waits for the previous frame's answer.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reactiveocpp.bench.engine.EngineLatency [events]
 * </pre>
 */
public final class EngineLatency {

    private EngineLatency() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        DisposableServer backend = HttpServer.create().host("127.0.0.1").port(0)
                .route(r -> r.ws("/ocpp/{id}", (in, out) -> out.sendObject(in.receiveFrames()
                        .filter(f -> f instanceof TextWebSocketFrame)
                        .map(f -> {
                            long at = System.nanoTime();
                            String text = new String(ByteBufUtil.getBytes(f.content()), StandardCharsets.UTF_8);
                            if (text.contains("\"StatusNotification\"")) {
                                arrivals.add(at);
                            }
                            String id = text.substring(4, text.indexOf('"', 4));
                            String payload = text.contains("\"BootNotification\"")
                                    ? "{\"status\":\"Accepted\",\"currentTime\":\"2026-11-25T12:00:00Z\",\"interval\":86400}"
                                    : "{}";
                            return new TextWebSocketFrame(Unpooled.copiedBuffer("[3,\"" + id + "\"," + payload + "]",
                                    StandardCharsets.UTF_8));
                        })), WebsocketServerSpec.builder().protocols("ocpp1.6").build()))
                .bindNow();
        Scheduler sessionThread = Schedulers.newSingle("session");
        Scheduler engineThread = Schedulers.newSingle("engine");
        StoreWriter store = StoreWriter.inline(new MemoryQueueStore());
        OcppSession session = OcppSession.builder(SessionConfig.builder("ws://127.0.0.1:" + backend.port() + "/ocpp",
                "CP-LAT").pingInterval(Duration.ZERO).build(), store, sessionThread).build();
        LatencyStation station = new LatencyStation();
        Configuration config = new Configuration(new KeyCatalogue(1), new MemoryEngineStore());
        new ChargePoint(session, station, config, new MemoryEngineStore(), engineThread,
                new StationIdentity("bench", "latency", null, null, null, null, null, null, null)).start();
        session.start().block(Duration.ofSeconds(10));
        for (int i = 0; i < 2; i++) { // the boot's statuses of connectors 0 and 1
            if (arrivals.poll(10, TimeUnit.SECONDS) == null) {
                throw new IllegalStateException("the charge point did not boot");
            }
        }
        int warmup = Math.min(5_000, events / 2);
        long[] latencies = new long[events];
        for (int i = -warmup; i < events; i++) {
            long start = System.nanoTime();
            station.pilot(i % 2 == 0 ? PilotState.B : PilotState.A);
            Long arrived = arrivals.poll(5, TimeUnit.SECONDS);
            if (arrived == null) {
                throw new IllegalStateException("no StatusNotification for event " + i);
            }
            if (i >= 0) {
                latencies[i] = arrived - start;
            }
            Thread.onSpinWait();
        }
        Arrays.sort(latencies);
        System.out.printf("hardware event -> StatusNotification frame at the backend, %d events after %d warm-up:%n",
                events, warmup);
        System.out.printf("p50 %.1f us, p90 %.1f us, p99 %.1f us, p99.9 %.1f us, max %.1f us%n",
                at(latencies, 0.50), at(latencies, 0.90), at(latencies, 0.99), at(latencies, 0.999),
                latencies[latencies.length - 1] / 1000.0);
        session.stop().block(Duration.ofSeconds(5));
        backend.disposeNow();
        sessionThread.dispose();
        engineThread.dispose();
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
    }
}
