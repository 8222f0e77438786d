package io.reactiveocpp.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chargetime.ocpp.model.core.ChangeConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.ChangeConfigurationRequest;
import eu.chargetime.ocpp.model.core.ConfigurationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/ocpp-log}, its JSON Lines download and its live stream, on a charge point linked to Java-OCA-OCPP's
 * server: the frames the link really carried, both ways.
 */
class OcppLogApiTest {

    @TempDir
    Path dir;
    TestStation station;

    @BeforeEach
    void start() throws InterruptedException {
        station = TestStation.start(dir);
    }

    @AfterEach
    void stop() {
        station.close();
    }

    @Test
    void theLogShowsTheBootNotificationAndItsAnswer() {
        HttpResponse<String> response = station.get("/api/ocpp-log?action=BootNotification");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> frames = list(TestStation.json(response));
        assertThat(frames).extracting(f -> f.get("type").asText() + " " + f.get("direction").asText())
                .containsExactly("CALL out", "CALLRESULT in");
        assertThat(frames.get(0).get("text").asText()).contains("\"BootNotification\"", "CP-WEB", "reactive-ocpp");
        assertThat(frames.get(1).get("uniqueId")).isEqualTo(frames.get(0).get("uniqueId"));

        List<JsonNode> all = list(TestStation.json(station.get("/api/ocpp-log")));
        assertThat(all.size()).isGreaterThanOrEqualTo(6); // boot and two StatusNotifications, and their answers
        assertThat(all.get(0).get("action").asText()).as("oldest first").isEqualTo("BootNotification");
        List<JsonNode> lastTwo = list(TestStation.json(station.get("/api/ocpp-log?limit=2")));
        List<JsonNode> later = list(TestStation.json(station.get("/api/ocpp-log")));
        assertThat(lastTwo).hasSize(2);
        assertThat(Collections.indexOfSubList(later, lastTwo)).as("the newest two when asked (more may come since)")
                .isGreaterThanOrEqualTo(all.size() - 2);
    }

    @Test
    void theStreamSendsNewFramesOfTheActionAsTheyCome() throws Exception {
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(
                request("/api/ocpp-log/stream?action=ChangeConfiguration").header("Authorization", basic()).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        CompletableFuture<List<String>> events = CompletableFuture.supplyAsync(() -> stream.body()
                .filter(line -> line.startsWith("data: ")).limit(2).toList());

        var answer = (ChangeConfigurationConfirmation) station.backend.send(
                new ChangeConfigurationRequest("HeartbeatInterval", "120"));
        assertThat(answer.getStatus()).isEqualTo(ConfigurationStatus.Accepted);

        List<String> lines = events.get(10, TimeUnit.SECONDS);
        stream.body().close();
        JsonNode call = TestStation.JSON.readTree(lines.get(0).substring(6));
        JsonNode result = TestStation.JSON.readTree(lines.get(1).substring(6));
        assertThat(call.get("direction").asText()).isEqualTo("in");
        assertThat(call.get("type").asText()).isEqualTo("CALL");
        assertThat(call.get("text").asText()).contains("HeartbeatInterval", "120");
        assertThat(result.get("direction").asText()).isEqualTo("out");
        assertThat(result.get("action").asText()).isEqualTo("ChangeConfiguration");
        assertThat(result.get("uniqueId")).isEqualTo(call.get("uniqueId"));
    }

    @Test
    void aStreamResumedAfterAFrameNumberSendsTheKeptFramesAfterItFirstEachWithItsNumberAsId() throws Exception {
        List<JsonNode> boot = list(TestStation.json(station.get("/api/ocpp-log?action=BootNotification")));
        long call = boot.get(0).get("seq").asLong();
        assertThat(boot.get(1).get("seq").asLong()).isGreaterThan(call);
        // the page showed the CALL only: the stream brings its answer, which came before the stream opened
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(
                request("/api/ocpp-log/stream?action=BootNotification&after=" + call).header("Authorization", basic()).build(),
                HttpResponse.BodyHandlers.ofLines());
        List<String> lines = CompletableFuture.supplyAsync(() -> stream.body()
                .filter(line -> line.startsWith("data: ") || line.startsWith("id: ")).limit(2).toList())
                .get(10, TimeUnit.SECONDS);
        stream.body().close();
        assertThat(lines.get(0)).isEqualTo("id: " + boot.get(1).get("seq").asLong());
        JsonNode answer = TestStation.JSON.readTree(lines.get(1).substring(6));
        assertThat(answer.get("type").asText()).isEqualTo("CALLRESULT");
        assertThat(answer.get("uniqueId")).isEqualTo(boot.get(0).get("uniqueId"));

        // a browser's reconnect names the last event it saw: Last-Event-ID wins over the query
        HttpResponse<Stream<String>> resumed = HttpClient.newHttpClient().send(
                request("/api/ocpp-log/stream?after=0").header("Authorization", basic())
                        .header("Last-Event-ID", Long.toString(call)).build(), HttpResponse.BodyHandlers.ofLines());
        String first = CompletableFuture.supplyAsync(() -> resumed.body().filter(line -> line.startsWith("id: "))
                .findFirst().orElseThrow()).get(10, TimeUnit.SECONDS);
        resumed.body().close();
        assertThat(first).isEqualTo("id: " + (call + 1));
    }

    @Test
    void atMostEightStreamsAreOpenAtOnceAndAClosedOneFreesItsPlace() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<HttpResponse<Stream<String>>> open = new ArrayList<>();
        for (int i = 0; i < OcppLogEndpoint.MAX_STREAMS; i++) {
            open.add(client.send(request("/api/ocpp-log/stream").header("Authorization", basic()).build(),
                    HttpResponse.BodyHandlers.ofLines()));
            assertThat(open.get(i).statusCode()).isEqualTo(200);
        }

        HttpResponse<Stream<String>> ninth = uncheckedStream(client); // lines: a 200 stream would never end
        ninth.body().close();
        assertThat(ninth.statusCode()).isEqualTo(429);

        open.forEach(stream -> stream.body().close());
        HttpResponse<Stream<String>> again = Flux.interval(Duration.ofMillis(50)).map(i -> uncheckedStream(client))
                .filter(response -> {
                    if (response.statusCode() != 200) {
                        response.body().close();
                    }
                    return response.statusCode() == 200;
                }).blockFirst(Duration.ofSeconds(10));
        assertThat(again).as("a place freed within 10 s").isNotNull();
        again.body().close();
    }

    private HttpResponse<Stream<String>> uncheckedStream(HttpClient client) {
        try {
            return client.send(request("/api/ocpp-log/stream").header("Authorization", basic()).build(),
                    HttpResponse.BodyHandlers.ofLines());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDownloadIsJsonLinesOfTheWholeLog() throws Exception {
        HttpResponse<String> response = station.get("/api/ocpp-log.jsonl");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment"));
        String[] lines = response.body().split("\n");
        assertThat(lines.length).isEqualTo(list(TestStation.json(station.get("/api/ocpp-log"))).size());
        assertThat(TestStation.JSON.readTree(lines[0]).get("action").asText()).isEqualTo("BootNotification");
    }

    @Test
    void withoutCredentialsEveryPartIsA401() {
        station.as(null, null);

        for (String path : new String[] {"/api/ocpp-log", "/api/ocpp-log.jsonl", "/api/ocpp-log/stream"}) {
            HttpResponse<String> response = station.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.body()).as(path).doesNotContain("BootNotification");
        }
    }

    @Test
    void badParametersAreA400NamingTheField() {
        for (String query : new String[] {"limit=0", "limit=501", "limit=many", "action=Boot%20Notification",
                "after=-1", "after=x"}) {
            String field = query.substring(0, query.indexOf('='));
            for (String path : new String[] {"/api/ocpp-log?", "/api/ocpp-log/stream?"}) {
                if (path.endsWith("stream?") == field.equals("limit") || !path.endsWith("stream?") && field.equals("after")) {
                    continue;
                }
                HttpResponse<String> response = station.get(path + query);
                assertThat(response.statusCode()).as(path + query).isEqualTo(400);
                assertThat(TestStation.json(response).get("field").asText()).as(path + query).isEqualTo(field);
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + station.server.port() + path))
                .timeout(Duration.ofSeconds(10));
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((OperatorAuth.USER + ":" + TestStation.DEFAULT_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> list(JsonNode array) {
        assertThat(array.isArray()).as(array.toString()).isTrue();
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
