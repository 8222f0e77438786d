package io.reactiveocpp.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.reactiveocpp.app.fleet.Fleet;
import io.reactiveocpp.app.fleet.FleetSettings;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fleet mode's HTTP interface (issue 18): {@code GET /api/fleet} and {@code GET /api/fleet/{id}/status} over a real
 * socket, with three members booted against Java-OCA-OCPP's server; the rest of {@code /api/*} is 503.
 */
class FleetApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theFleetReportCountsTheMembersAndOneMembersStatusIsItsOwnDocument() throws Exception {
        try (JavaOcaBackend backend = new JavaOcaBackend()) {
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            Fleet fleet = Fleet.start(new FleetSettings(3, "API-", 0, 10, 50, 7), Map.of(), backend.url(), 1, registry);
            try (LocalHttpServer http = LocalHttpServer.startFleet(new HttpBinding("127.0.0.1", 0),
                    PasswordHash.create("secret-1"), registry, fleet)) {
                backend.await(BootNotificationRequest.class, 3);
                JsonNode report = Flux.interval(Duration.ofMillis(100))
                        .map(t -> json(get(http, "/api/fleet", true)))
                        .filter(r -> r.path("booted").asInt() == 3 && r.path("connected").asInt() == 3)
                        .blockFirst(Duration.ofSeconds(10));
                assertThat(report.path("size").asInt()).isEqualTo(3);
                assertThat(report.path("started").asInt()).isEqualTo(3);
                assertThat(report.path("charging").asInt()).isZero();
                assertThat(report.path("sessions").path("charged").asLong()).isZero();
                assertThat(report.path("connectsInFlight").asInt()).isZero();
                assertThat(report.path("rampBacklog").asInt()).isZero();
                assertThat(report.path("eventLoopLagMillis").isNumber()).isTrue();
                assertThat(report.path("reconnects").isObject()).as("by cause, empty while none").isTrue();
                assertThat(report.path("reconnects")).isEmpty();
                assertThat(report.path("deferredForOwnStalls").asLong()).isZero();
                assertThat(report.path("slowest")).hasSize(3);
                assertThat(report.path("slowest").get(0).path("booted").asBoolean()).isTrue();
                double first = report.path("slowest").get(0).path("bootSeconds").asDouble();
                double last = report.path("slowest").get(2).path("bootSeconds").asDouble();
                assertThat(first).as("slowest first").isGreaterThanOrEqualTo(last).isPositive();
                assertThat(json(get(http, "/api/fleet?slowest=1", true)).path("slowest")).hasSize(1);

                HttpResponse<String> member = get(http, "/api/fleet/API-002/status", true);
                assertThat(member.statusCode()).isEqualTo(200);
                JsonNode status = json(member);
                assertThat(status.path("chargePointId").asText()).isEqualTo("API-002");
                assertThat(status.path("registration").asText()).isEqualTo("ACCEPTED");
                assertThat(status.path("backend").path("phase").asText()).isEqualTo("CONNECTED");
                assertThat(status.path("connectors")).hasSize(1);
            } finally {
                fleet.close();
            }
        }
    }

    @Test
    void unknownMembersBadCountsTheSingleChargePointsApiAndNoCredentialsAreRefused() throws Exception {
        try (JavaOcaBackend backend = new JavaOcaBackend()) {
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            Fleet fleet = Fleet.start(new FleetSettings(2, "API-", 0, 10, 50, 7), Map.of(), backend.url(), 1, registry);
            try (LocalHttpServer http = LocalHttpServer.startFleet(new HttpBinding("127.0.0.1", 0),
                    PasswordHash.create("secret-1"), registry, fleet)) {
                for (String unknown : new String[] {"API-003", "API-000", "OTHER-001", "API-1", "API-x01"}) {
                    HttpResponse<String> missing = get(http, "/api/fleet/" + unknown + "/status", true);
                    assertThat(missing.statusCode()).as(unknown).isEqualTo(404);
                    assertThat(json(missing).path("field").asText()).isEqualTo("id");
                }
                HttpResponse<String> tooMany = get(http, "/api/fleet?slowest=101", true);
                assertThat(tooMany.statusCode()).isEqualTo(400);
                assertThat(json(tooMany).path("field").asText()).isEqualTo("slowest");
                assertThat(get(http, "/api/fleet?slowest=x", true).statusCode()).isEqualTo(400);

                HttpResponse<String> single = get(http, "/api/status", true);
                assertThat(single.statusCode()).isEqualTo(503);
                assertThat(single.body()).contains("GET /api/fleet");
                assertThat(get(http, "/api/fleet", false).statusCode()).isEqualTo(401);
                assertThat(get(http, "/api/fleet/API-001/status", false).statusCode()).isEqualTo(401);
                assertThat(get(http, "/health", false).statusCode()).isEqualTo(200);

                backend.await(BootNotificationRequest.class, 2);
                backend.close(); // the backend goes away: the links drop and are retried, counted by cause
                JsonNode report = Flux.interval(Duration.ofMillis(100))
                        .map(t -> json(get(http, "/api/fleet", true)))
                        .filter(r -> r.path("reconnects").size() > 0)
                        .blockFirst(Duration.ofSeconds(20));
                long retried = 0;
                for (var cause : (Iterable<java.util.Map.Entry<String, JsonNode>>) report.path("reconnects")::fields) {
                    assertThat(cause.getKey()).isIn("broken", "network");
                    retried += cause.getValue().asLong();
                }
                assertThat(retried).isPositive();
            } finally {
                fleet.close();
            }
        }
    }

    private HttpResponse<String> get(LocalHttpServer http, String path, boolean credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (credentials) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString("admin:secret-1".getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
