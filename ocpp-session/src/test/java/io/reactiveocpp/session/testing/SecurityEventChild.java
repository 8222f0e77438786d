package io.reactiveocpp.session.testing;

import io.reactiveocpp.codec.message.security.SecurityEventNotificationRequest;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TransactionMessage;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import reactor.core.scheduler.Schedulers;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The process {@code SecurityEventKillTest} kills with SIGKILL: it queues {@code count} SecurityEventNotifications
 * (techInfo 0, 1, ...) through {@link OcppSession#enqueue} into a {@link SqliteQueueStore} with no backend
 * reachable, prints {@code ACK n} once each is durable, then {@code DONE}, and waits to be killed (at most 60 s).
 * Arguments: the database file, a closed port on 127.0.0.1, the count.
 */
public final class SecurityEventChild {

    private SecurityEventChild() {
    }

    public static void main(String[] args) throws Exception {
        SessionConfig config = SessionConfig.builder("ws://127.0.0.1:" + args[1], "CP-KILL")
                .reconnectMinDelay(Duration.ofMillis(200)).reconnectMaxDelay(Duration.ofSeconds(1)).build();
        OcppSession session = OcppSession.builder(config, new StoreWriter(SqliteQueueStore.open(Path.of(args[0])),
                "child-store"), Schedulers.newSingle("child-session")).build();
        session.start().block(Duration.ofSeconds(10));
        for (int n = 0; n < Integer.parseInt(args[2]); n++) {
            session.enqueue(TransactionMessage.outsideTransaction(new SecurityEventNotificationRequest(
                    "StartupOfTheDevice", Instant.parse("2026-11-25T12:00:00Z"), Integer.toString(n))))
                    .block(Duration.ofSeconds(10));
            System.out.println("ACK " + n);
        }
        System.out.println("DONE");
        System.out.flush();
        // idle until the test kills it (SIGKILL); if the test goes away first, its end of stdin closes
        while (System.in.read() != -1) {
            // nothing is ever written
        }
        System.exit(0);
    }
}
