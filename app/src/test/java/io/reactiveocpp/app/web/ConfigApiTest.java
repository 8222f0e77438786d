package io.reactiveocpp.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/config} and {@code PUT /api/config/{key}}: validated as ChangeConfiguration is. */
class ConfigApiTest {

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
    void anAcceptedChangeIsAppliedAndShown() {
        HttpResponse<String> response = station.put("/api/config/HeartbeatInterval", "{\"value\": \"120\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(TestStation.json(response).get("status").asText()).isEqualTo("Accepted");
        assertThat(station.runtime.configuration().value("HeartbeatInterval")).isEqualTo("120");
        assertThat(key("HeartbeatInterval").get("value").asText()).isEqualTo("120");
    }

    @Test
    void aNumberOrBooleanValueIsTakenAsItsText() {
        assertThat(station.put("/api/config/MeterValueSampleInterval", "{\"value\": 15}").statusCode()).isEqualTo(200);
        assertThat(station.put("/api/config/SendWebUiLoginStatus", "{\"value\": true}").statusCode()).isEqualTo(200);
        assertThat(station.runtime.configuration().value("MeterValueSampleInterval")).isEqualTo("15");
        assertThat(station.runtime.configuration().bool("SendWebUiLoginStatus")).isTrue();
    }

    @Test
    void aValueOutOfRangeIsA400NamingTheKeyAndTheRangeAndChangesNothing() {
        HttpResponse<String> response = station.put("/api/config/HeartbeatInterval", "{\"value\": \"-5\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = TestStation.json(response);
        assertThat(error.get("key").asText()).isEqualTo("HeartbeatInterval");
        assertThat(error.get("field").asText()).isEqualTo("value");
        assertThat(error.get("status").asText()).isEqualTo("Rejected");
        assertThat(error.get("error").asText()).contains("HeartbeatInterval", "0 to 86400");
        assertThat(station.runtime.configuration().value("HeartbeatInterval")).isEqualTo("300");
        assertThat(key("HeartbeatInterval").get("value").asText()).isEqualTo("300");
    }

    @Test
    void aValueOfTheWrongTypeOrNotInTheListIsA400() {
        HttpResponse<String> text = station.put("/api/config/HeartbeatInterval", "{\"value\": \"often\"}");
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(TestStation.json(text).get("error").asText()).contains("HeartbeatInterval", "whole number");

        HttpResponse<String> measurand = station.put("/api/config/MeterValuesSampledData", "{\"value\": \"Energy,Fuel\"}");
        assertThat(measurand.statusCode()).isEqualTo(400);
        assertThat(TestStation.json(measurand).get("key").asText()).isEqualTo("MeterValuesSampledData");
        assertThat(station.runtime.configuration().value("MeterValuesSampledData"))
                .isEqualTo("Energy.Active.Import.Register");
    }

    @Test
    void aReadOnlyKeyIsA400AndKeepsItsValue() {
        HttpResponse<String> response = station.put("/api/config/NumberOfConnectors", "{\"value\": \"4\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestStation.json(response).get("error").asText()).contains("NumberOfConnectors", "read-only");
        assertThat(key("NumberOfConnectors").get("value").asText()).isEqualTo("2");
    }

    @Test
    void anUnknownKeyIsA404() {
        HttpResponse<String> response = station.put("/api/config/NoSuchKey", "{\"value\": \"1\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TestStation.json(response).get("key").asText()).isEqualTo("NoSuchKey");
    }

    @Test
    void aBadBodyIsA400NamingTheField() {
        HttpResponse<String> notJson = station.put("/api/config/HeartbeatInterval", "value=120");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(TestStation.json(notJson).get("field").asText()).isEqualTo("body");

        for (String body : new String[] {"{}", "{\"value\": null}", "{\"value\": {\"v\": 1}}", "{\"value\": [1]}"}) {
            HttpResponse<String> response = station.put("/api/config/HeartbeatInterval", body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(TestStation.json(response).get("field").asText()).as(body).isEqualTo("value");
        }
        HttpResponse<String> twice = station.put("/api/config/HeartbeatInterval", "{\"value\": \"60\", \"value\": \"-1\"}");
        assertThat(twice.statusCode()).as("a duplicate member is not silently resolved").isEqualTo(400);
        HttpResponse<String> huge = station.put("/api/config/CpoName", "{\"value\": \"" + "x".repeat(5000) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(station.runtime.configuration().value("HeartbeatInterval")).isEqualTo("300");
    }

    @Test
    void theListHasEveryReadableKeyWithItsAccessButNeverTheAuthorizationKey() {
        String hex = "00112233445566778899aabbccddeeff";
        HttpResponse<String> set = station.put("/api/config/AuthorizationKey", "{\"value\": \"" + hex + "\"}");
        assertThat(set.statusCode()).as("writable as over ChangeConfiguration").isEqualTo(200);

        HttpResponse<String> response = station.get("/api/config");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("AuthorizationKey").doesNotContain(hex);
        assertThat(key("NumberOfConnectors").get("readonly").asBoolean()).isTrue();
        assertThat(key("HeartbeatInterval").get("readonly").asBoolean()).isFalse();
        assertThat(keys()).hasSize(station.runtime.configuration().catalogue().all().size() - 1);
    }

    private JsonNode keys() {
        HttpResponse<String> response = station.get("/api/config");
        assertThat(response.statusCode()).isEqualTo(200);
        return TestStation.json(response).get("configurationKey");
    }

    private JsonNode key(String name) {
        return StreamSupport.stream(keys().spliterator(), false).filter(k -> k.get("key").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not listed"));
    }
}
