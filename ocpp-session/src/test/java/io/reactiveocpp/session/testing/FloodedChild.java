package io.reactiveocpp.session.testing;

import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.queue.MemoryQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The charge point of {@code InboundFloodHeapTest}, run in a JVM with a small heap: one default session connected to
 * the backend given as the first argument, whose DataTransfer handler holds every answer until the number of
 * milliseconds given as the second argument has passed since the first CALL arrived, then answers at once. A session
 * that read whatever the backend sends would hold every flooded CALL meanwhile and run out of heap. It runs until its
 * stdin is closed (the test JVM ended it or is gone).
 */
public final class FloodedChild {

    private FloodedChild() {
    }

    public static void main(String[] args) throws Exception {
        String backend = args[0];
        Duration hold = Duration.ofMillis(Long.parseLong(args[1]));
        Sinks.Empty<Void> gate = Sinks.empty();
        AtomicBoolean first = new AtomicBoolean(true);
        OcppSession session = OcppSession.builder(SessionConfig.builder(backend, "CP-FLOOD").build(),
                new StoreWriter(new MemoryQueueStore(), "child-store")).build();
        session.handle(DataTransferRequest.class, request -> {
            if (first.getAndSet(false)) {
                Mono.delay(hold).subscribe(v -> gate.tryEmitEmpty());
            }
            return gate.asMono().thenReturn(new DataTransferConfirmation(DataTransferStatus.ACCEPTED, null));
        });
        session.start().block(Duration.ofSeconds(10));
        try {
            while (System.in.read() >= 0) {
                // nothing is ever sent; EOF means the test is over
            }
        } catch (IOException e) {
            // same
        }
        Runtime.getRuntime().halt(0);
    }
}
