package io.reactiveocpp.app.web;

import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import io.reactiveocpp.app.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code GET /metrics}: Prometheus text with the session's meters and the JVM's, scraped over a real socket. */
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

    @Test
    void byteCountersEndInBytesTotalAndTheChargePointLabelIsSnakeCase() throws InterruptedException {
        try (TestStation station = TestStation.start(dir)) {
            String metrics = station.get("/metrics").body();

            assertThat(value(metrics, "ocpp_sent_bytes_total")).isGreaterThan(100);
            assertThat(value(metrics, "ocpp_received_bytes_total")).isGreaterThan(100);
            assertThat(metrics)
                    .contains("ocpp_queue_depth{charge_point=\"CP-WEB\"} ")
                    .contains("ocpp_queue_oldest_seconds{charge_point=\"CP-WEB\"} ")
                    .doesNotContain("chargePoint")
                    .doesNotContain("ocpp_bytes_");
        }
    }

    @Test
    void theRoundTripTimerIsAPrometheusHistogramWithBucketsFrom5msTo30s() throws InterruptedException {
        try (TestStation station = TestStation.start(dir)) {
            String metrics = station.get("/metrics").body();

            String boot = "ocpp_call_roundtrip_seconds_bucket{action=\"BootNotification\",le=\"";
            assertThat(metrics).contains("# TYPE ocpp_call_roundtrip_seconds histogram")
                    .contains(boot + "0.005\"} ")
                    .contains(boot + "0.25\"} ")
                    .contains(boot + "30.0\"} 1")
                    .contains(boot + "+Inf\"} 1")
                    .contains("ocpp_call_roundtrip_seconds_count{action=\"BootNotification\"} 1");
            // bounded: 12 bounds and +Inf per action
            assertThat(metrics.lines().filter(line -> line.startsWith(boot))).hasSize(13);
        }
    }

    @Test
    void connectedIsOneWhileTheBackendsWebSocketIsOpenAndZeroOnceItIsGone() throws InterruptedException {
        try (TestStation station = TestStation.start(dir)) {
            station.backend.await(BootNotificationRequest.class, 1);
            assertThat(station.get("/metrics").body()).contains("ocpp_connected{charge_point=\"CP-WEB\"} 1.0");

            station.backend.close();

            // the socket's close reaches the session asynchronously: scrape until it shows (10 s at most)
            String after = Flux.interval(Duration.ZERO, Duration.ofMillis(50))
                    .take(Duration.ofSeconds(10))
                    .map(i -> station.get("/metrics").body())
                    .filter(body -> !body.contains("ocpp_connected{charge_point=\"CP-WEB\"} 1.0"))
                    .blockFirst();
            assertThat(after).as("a scrape without ocpp_connected 1 within 10 s")
                    .contains("ocpp_connected{charge_point=\"CP-WEB\"} 0.0");
        }
    }

    @Test
    void buildInfoCarriesTheVersionFromTheBuildAndTheJavaVersion() throws Exception {
        String built = builtVersion();
        assertThat(built).isNotBlank().doesNotContain("${").isNotEqualTo("unknown");
        try (TestStation station = TestStation.start(dir)) {
            assertThat(station.get("/metrics").body()).contains("build_info{java_version=\""
                    + System.getProperty("java.version") + "\",version=\"" + built + "\"} 1");
        }
        assertThat(Version.VERSION).isEqualTo(built);
    }

    @Test
    void residentMemoryIsReportedInBytesOnLinux() throws InterruptedException {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "VmRSS is Linux only");
        try (TestStation station = TestStation.start(dir)) {
            String metrics = station.get("/metrics").body();

            assertThat(metrics).contains("# TYPE process_resident_memory_bytes gauge");
            // a JVM with Netty, SQLite and an HTTP server is more than 10 MB and less than 4 GB resident
            assertThat(value(metrics, "process_resident_memory_bytes")).isBetween(10e6, 4e9);
        }
    }

    @Test
    void cpuTimeIsInSecondsNotNanoseconds() throws InterruptedException {
        try (TestStation station = TestStation.start(dir)) {
            String metrics = station.get("/metrics").body();

            assertThat(metrics).contains("# TYPE process_cpu_seconds_total counter").doesNotContain("_ns_");
            // starting a service takes more than 10 ms of CPU and, in a test, less than an hour
            assertThat(value(metrics, "process_cpu_seconds_total")).isBetween(0.01, 3600.0);
        }
    }

    /** The version the build wrote into the filtered resource. */
    private static String builtVersion() throws IOException {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            assertThat(in).as("the filtered version.properties on the class path").isNotNull();
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    /** The value of the label-less series {@code name}. */
    private static double value(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(metrics);
        assertThat(m.find()).as(name + " in\n" + metrics).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
