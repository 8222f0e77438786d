package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.core.ClearCacheConfirmation;
import io.reactiveocpp.codec.message.core.ClearCacheRequest;
import io.reactiveocpp.codec.message.core.ResetConfirmation;
import io.reactiveocpp.codec.message.core.ResetRequest;
import io.reactiveocpp.codec.type.ClearCacheStatus;
import io.reactiveocpp.codec.type.ResetStatus;
import io.reactiveocpp.codec.type.ResetType;
import io.reactiveocpp.engine.testing.RecordingClient;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Inbound's one routing function over a flat table of handlers: each CALL reaches its own action's handler. */
class InboundTest {

    private final RecordingClient backend = new RecordingClient();
    private final List<String> threads = new ArrayList<>();

    @Test
    void eachCallReachesTheLatestHandlerOfItsActionOnTheEngineSchedulerAndIsNoted() {
        AtomicInteger noted = new AtomicInteger();
        var engine = Schedulers.newSingle("engine");
        try {
            Inbound inbound = new Inbound(backend, noted::incrementAndGet, engine);
            inbound.on(ClearCacheRequest.class, r -> Mono.just(new ClearCacheConfirmation(ClearCacheStatus.REJECTED)));
            inbound.on(ResetRequest.class, r -> {
                threads.add(Thread.currentThread().getName());
                return Mono.just(new ResetConfirmation(r.type() == ResetType.SOFT ? ResetStatus.ACCEPTED
                        : ResetStatus.REJECTED));
            });
            inbound.on(ClearCacheRequest.class, r -> {
                threads.add(Thread.currentThread().getName());
                return Mono.just(new ClearCacheConfirmation(ClearCacheStatus.ACCEPTED));
            });

            assertThat(backend.receive(new ClearCacheRequest()).status()).as("the latest registration wins")
                    .isEqualTo(ClearCacheStatus.ACCEPTED);
            assertThat(backend.receive(new ResetRequest(ResetType.SOFT)).status()).isEqualTo(ResetStatus.ACCEPTED);
            assertThat(backend.receive(new ResetRequest(ResetType.HARD)).status()).isEqualTo(ResetStatus.REJECTED);
            assertThat(noted).as("every CALL noted once").hasValue(3);
            assertThat(threads).hasSize(3).allSatisfy(name -> assertThat(name).startsWith("engine"));
        } finally {
            engine.dispose();
        }
    }

    @Test
    void twoChargePointsKeepTheirOwnHandlers() {
        RecordingClient other = new RecordingClient();
        new Inbound(backend, Schedulers.immediate()).on(ClearCacheRequest.class,
                r -> Mono.just(new ClearCacheConfirmation(ClearCacheStatus.ACCEPTED)));
        new Inbound(other, Schedulers.immediate()).on(ClearCacheRequest.class,
                r -> Mono.just(new ClearCacheConfirmation(ClearCacheStatus.REJECTED)));
        assertThat(backend.receive(new ClearCacheRequest()).status()).isEqualTo(ClearCacheStatus.ACCEPTED);
        assertThat(other.receive(new ClearCacheRequest()).status()).isEqualTo(ClearCacheStatus.REJECTED);
    }
}
