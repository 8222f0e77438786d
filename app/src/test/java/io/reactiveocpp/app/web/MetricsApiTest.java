package io.reactiveocpp.app.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /metrics}: Prometheus text with the session's meters and the JVM's. */
class MetricsApiTest {

    @TempDir
    Path dir;

    @Test
    void metricsHaveTheSessionsCallsAndTheJvmsMemoryGcThreadsAndCpu() throws InterruptedException {
        try (TestStation station = TestStation.start(dir)) {
            HttpResponse<String> response = station.get("/metrics");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(MetricsEndpoint.CONTENT_TYPE);
            assertThat(response.body())
                    .contains("ocpp_calls_sent_total{action=\"BootNotification\"")
                    .contains("ocpp_queue_depth")
                    .contains("jvm_memory_used_bytes{area=\"heap\"")
                    .contains("jvm_gc_")
                    .contains("jvm_threads_live_threads")
                    .contains("system_cpu_count")
                    // the engine's state
                    .contains("ocpp_registration{state=\"ACCEPTED\"} 1.0")
                    .contains("ocpp_transactions_active 0.0")
                    .contains("ocpp_charging_refused 0.0");
            station.awaitStatus(status -> true);
            assertThat(station.get("/metrics").body())
                    .contains("ocpp_connector_status{connector=\"1\",status=\"Available\"} 1.0")
                    .contains("ocpp_connector_status{connector=\"2\",status=\"Charging\"} 0.0");
        }
    }
}
