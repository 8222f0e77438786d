package io.reactiveocpp.app;

import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.Reason;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/restart} on the service as a process of its own ({@link ServiceProcess}, the simulator, the
 * default in-process restart): the running transaction ends with reason Reboot, the interface says 503 while the
 * charge point is rebuilt, then UP again, and the new charge point boots.
 */
class LocalRestartProcessTest {

    @TempDir
    Path dir;

    @Test
    void aLocalRestartEndsTheTransactionWithRebootAndTheServiceComesBackWithANewBoot() throws Exception {
        try (JavaOcaBackend backend = new JavaOcaBackend();
             ServiceProcess service = ServiceProcess.start(backend.url(), "CP-RESTART", dir.resolve("data"), null,
                     dir.resolve("service.log"))) {
            backend.await(BootNotificationRequest.class, 1);
            service.awaitStatus("the boot accepted", s -> s.get("registration").asText().equals("ACCEPTED"));
            service.plug(1);
            service.presentCard("CARD-1", 1);
            backend.await(StartTransactionRequest.class, 1);
            service.awaitStatus("the transaction bound", s -> ServiceProcess.transactionIdOf(s, 1) != 0);

            HttpResponse<String> restart = service.post("/api/restart");
            assertThat(restart.statusCode()).as(restart.body()).isEqualTo(202);
            assertThat(restart.body()).isEqualTo("{\"status\":\"restarting\"}");
            assertThat(backend.await(StopTransactionRequest.class, 1).get(0).getReason()).isEqualTo(Reason.Reboot);

            // /health as the restart goes: UP, 503 while the charge point is rebuilt, UP again
            List<Integer> seen = new ArrayList<>();
            Integer up = Flux.interval(Duration.ofMillis(20)).onBackpressureDrop()
                    .concatMap(i -> reactor.core.publisher.Mono.fromCallable(service::health), 1)
                    .doOnNext(code -> {
                        if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(code)) {
                            seen.add(code);
                        }
                    })
                    .filter(code -> code == 200 && seen.contains(503))
                    .blockFirst(ServiceProcess.WAIT);
            assertThat(up).as("UP again; seen " + seen + "\n" + service.logTail()).isEqualTo(200);
            assertThat(seen).containsSubsequence(503, 200);
            assertThat(backend.await(BootNotificationRequest.class, 2)).as("the new charge point booted").hasSize(2);
            assertThat(service.alive()).isTrue();
        }
    }
}
