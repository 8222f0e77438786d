package io.reactiveocpp.app.fleet;

import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.reactiveocpp.app.web.HttpBinding;
import io.reactiveocpp.app.web.LocalHttpServer;
import io.reactiveocpp.app.web.PasswordHash;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fleet's {@code /metrics} (as {@code --fleet} serves it) shows how the process itself is doing: event-loop
 * lag, GC pauses, the ramp, reconnects by cause and the liveness verdicts deferred for its own stalls, each a fixed
 * set of series. A real scrape over HTTP, the members against a real backend on 127.0.0.1.
 */
class FleetMetricsTest {

    private static final String PASSWORD = "fleet-metrics-test";

    @Test
    void aScrapeShowsLagGcPausesTheRampAndReconnectsByCause() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (JavaOcaBackend backend = new JavaOcaBackend()) {
            Fleet fleet = Fleet.start(new FleetSettings(2, "T-", 0, 10, 100, 1), Map.of(), backend.url(), 1,
                    registry);
            try (LocalHttpServer http = LocalHttpServer.startFleet(new HttpBinding("127.0.0.1", 0, List.of()),
                    PasswordHash.create(PASSWORD), registry, fleet)) {
                backend.await(BootNotificationRequest.class, 2);
                scrape(http.port()); // binds the JVM's meters; a GC from then on is timed
                System.gc();
                String text = Flux.interval(Duration.ofMillis(100)).map(t -> scrape(http.port()))
                        .filter(s -> s.contains("jvm_gc_pause_seconds_count")).next().block(Duration.ofSeconds(10));
                assertThat(text).containsPattern("(?m)^event_loop_lag_seconds [0-9.E-]+$")
                        .containsPattern("(?m)^event_loop_stall_seconds_total [0-9.E-]+$")
                        .containsPattern("(?m)^fleet_connects_in_flight 0\\.0$")
                        .containsPattern("(?m)^fleet_ramp_backlog 0\\.0$")
                        .containsPattern("(?m)^fleet_reconnects_total\\{cause=\"no_pong\"} 0\\.0$")
                        .containsPattern("(?m)^fleet_reconnects_total\\{cause=\"silent_call\"} 0\\.0$")
                        .containsPattern("(?m)^fleet_reconnects_total\\{cause=\"network\"} 0\\.0$")
                        .containsPattern("(?m)^fleet_liveness_deferrals_total\\{verdict=\"no_pong\"} 0\\.0$")
                        .containsPattern("(?m)^fleet_liveness_deferrals_total\\{verdict=\"silent_call\"} 0\\.0$")
                        .containsPattern("(?m)^fleet_chargepoints\\{state=\"booted\"} 2\\.0$");
                assertThat(text.lines().filter(l -> l.startsWith("fleet_reconnects_total{")).count())
                        .as("a fixed set of causes, none per member").isEqualTo(11);
            } finally {
                fleet.close();
            }
        }
    }

    private static String scrape(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("scraping /metrics failed", e);
        }
    }
}
