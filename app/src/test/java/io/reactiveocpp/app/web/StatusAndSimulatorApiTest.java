package io.reactiveocpp.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chargetime.ocpp.model.core.AuthorizeRequest;
import eu.chargetime.ocpp.model.core.ChargePointErrorCode;
import eu.chargetime.ocpp.model.core.ChargePointStatus;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/status} and the simulator endpoints, against Java-OCA-OCPP's server. */
class StatusAndSimulatorApiTest {

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
    void statusShowsTheBackendTheQueueAndEveryConnector() {
        JsonNode status = station.status();
        assertThat(status.get("chargePointId").asText()).isEqualTo("CP-WEB");
        assertThat(status.at("/backend/phase").asText()).isEqualTo("CONNECTED");
        assertThat(status.get("registration").asText()).isEqualTo("ACCEPTED");
        assertThat(status.get("chargingRefused").isNull()).as("charging is allowed").isTrue();
        assertThat(status.at("/queue/depth").asInt()).isZero();
        assertThat(status.at("/queue/full").asBoolean()).isFalse();
        assertThat(status.at("/queue/deadLetters").asLong()).isZero();
        assertThat(status.get("connectors")).hasSize(2);
        assertThat(status.at("/connectors/0/status").asText()).isEqualTo("Available");
        assertThat(status.at("/connectors/0/transactionId").isNull()).isTrue();
        assertThat(status.at("/firmware/phase").asText()).as("no firmware update going on").isEqualTo("Idle");
        assertThat(status.at("/queue/oldestAgeSeconds").asLong()).isZero();
        assertThat(status.at("/queue/deadLetterList").isArray()).isTrue();
        assertThat(status.at("/queue/deadLetterList")).isEmpty();
        assertThat(status.at("/diagnostics/status").asText()).as("no upload yet").isEqualTo("Idle");
        assertThat(status.at("/connectors/0/idTag").isNull()).isTrue();
        assertThat(status.at("/connectors/0/offeredA").isNumber()).isTrue();
    }

    @Test
    void aChargingConnectorShowsItsMeterCurrentsAndTransaction() throws InterruptedException {
        station.post("/api/sim/connectors/1/plug", null);
        station.post("/api/sim/rfid", "{\"idTag\": \"CARD-1\", \"connectorId\": 1}");
        station.backend.await(StartTransactionRequest.class, 1);

        JsonNode connector = station.awaitStatus(s -> !s.at("/connectors/0/transactionId").isNull()
                && s.at("/connectors/0/drawnA").asDouble() > 0).get("connectors").get(0);
        assertThat(connector.get("idTag").asText()).isEqualTo("CARD-1");
        assertThat(java.time.Instant.parse(connector.get("transactionStartedAt").asText())).isBeforeOrEqualTo(
                java.time.Instant.now());
        assertThat(connector.get("energyWh").isIntegralNumber()).as(connector.toString()).isTrue();
        assertThat(connector.get("powerW").asDouble()).as(connector.toString()).isPositive();
        assertThat(connector.get("offeredA").asDouble()).as(connector.toString()).isPositive();
        assertThat(connector.get("drawnA").asDouble()).as("at most what is offered: " + connector)
                .isLessThanOrEqualTo(connector.get("offeredA").asDouble());
    }

    @Test
    void theLiveSignalEmitsWhenAConnectorChanges() throws InterruptedException {
        java.util.concurrent.BlockingQueue<Object> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        reactor.core.Disposable watching = StatusChanges.changes(station.runtime).subscribe(seen::add);
        try {
            station.post("/api/sim/connectors/2/plug", null);
            station.awaitStatusNotification(n -> n.getConnectorId() == 2 && n.getStatus() == ChargePointStatus.Preparing);
            Object change;
            do {
                change = seen.poll(10, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(change).as("a signal of connector 2").isNotNull();
            } while (!Integer.valueOf(2).equals(change));
        } finally {
            watching.dispose();
        }
    }

    @Test
    void aPluggedConnectorIsPreparing() throws InterruptedException {
        HttpResponse<String> plugged = station.post("/api/sim/connectors/1/plug", null);
        assertThat(plugged.statusCode()).as(plugged.body()).isEqualTo(202);

        station.awaitStatusNotification(n -> n.getConnectorId() == 1 && n.getStatus() == ChargePointStatus.Preparing);
        // the engine derives the status before it reports it: the answer shows it now
        assertThat(station.connector(1).get("status").asText()).isEqualTo("Preparing");
        assertThat(station.connector(2).get("status").asText()).isEqualTo("Available");
    }

    @Test
    void aCardStartsATransactionWhoseIdTheStatusShows() throws InterruptedException {
        station.post("/api/sim/connectors/1/plug", null);
        HttpResponse<String> card = station.post("/api/sim/rfid", "{\"idTag\": \"CARD-1\", \"connectorId\": 1}");
        assertThat(card.statusCode()).as(card.body()).isEqualTo(202);

        assertThat(station.backend.await(StartTransactionRequest.class, 1).get(0).getIdTag()).isEqualTo("CARD-1");
        JsonNode connector = station.awaitStatus(s -> !s.at("/connectors/0/transactionId").isNull())
                .get("connectors").get(0);
        assertThat(connector.get("transactionId").asInt()).as("Java-OCA backend numbers from 1001").isEqualTo(1001);
        assertThat(connector.get("txRef").isIntegralNumber()).isTrue();
    }

    @Test
    void aFaultIsRaisedAndCleared() throws InterruptedException {
        HttpResponse<String> raised = station.post("/api/sim/connectors/1/fault", "{\"errorCode\": \"GroundFailure\"}");
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(202);
        station.awaitStatusNotification(n -> n.getConnectorId() == 1 && n.getStatus() == ChargePointStatus.Faulted
                && n.getErrorCode() == ChargePointErrorCode.GroundFailure);
        JsonNode faulted = station.connector(1);
        assertThat(faulted.get("status").asText()).isEqualTo("Faulted");
        assertThat(faulted.get("errorCodes").toString()).isEqualTo("[\"GroundFailure\"]");

        HttpResponse<String> cleared = station.delete("/api/sim/connectors/1/fault");
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(202);
        station.awaitStatusNotification(n -> n.getConnectorId() == 1 && n.getStatus() == ChargePointStatus.Available);
        assertThat(station.connector(1).get("errorCodes")).isEmpty();
    }

    @Test
    void badSimulatorRequestsAre400sNamingTheFieldAndChangeNothing() throws InterruptedException {
        expect400(station.post("/api/sim/connectors/3/plug", null), "connector", "1 to 2");
        expect400(station.post("/api/sim/connectors/0/unplug", null), "connector", "1 to 2");
        expect400(station.post("/api/sim/connectors/one/ev-suspend", null), "connector", "'one'");
        expect400(station.post("/api/sim/rfid", "{\"idTag\": "), "body", "not valid JSON");
        expect400(station.post("/api/sim/rfid", "[\"CARD-1\"]"), "body", "JSON object");
        expect400(station.post("/api/sim/rfid", "{}"), "idTag", "required");
        expect400(station.post("/api/sim/rfid", "{\"idTag\": 42}"), "idTag", "string");
        expect400(station.post("/api/sim/rfid", "{\"idTag\": \"CARD-1-IS-FAR-TOO-LONG\"}"), "idTag", "1 to 20");
        expect400(station.post("/api/sim/rfid", "{\"idTag\": \"CARD-1\", \"connectorId\": 3}"), "connectorId", "1 to 2");
        expect400(station.post("/api/sim/rfid", "{\"idTag\": \"CARD-1\", \"connectorId\": \"1\"}"), "connectorId", "whole");
        expect400(station.post("/api/sim/connectors/1/fault", "{\"errorCode\": \"Meltdown\"}"), "errorCode", "GroundFailure");
        expect400(station.post("/api/sim/connectors/1/fault", "{}"), "errorCode", "required");
        expect400(station.post("/api/sim/connectors/9/fault", "{\"errorCode\": \"GroundFailure\"}"), "connector", "0 to 2");
        expect400(station.delete("/api/sim/connectors/1/fault?errorCode=Meltdown"), "errorCode", "GroundFailure");

        // the station acts in call order: once this plug shows, any effect of the requests above would have too
        station.post("/api/sim/connectors/2/plug", null);
        station.awaitStatusNotification(n -> n.getConnectorId() == 2 && n.getStatus() == ChargePointStatus.Preparing);
        assertThat(station.statusNotifications()).filteredOn(n -> n.getConnectorId() == 1)
                .extracting(n -> n.getStatus()).containsExactly(ChargePointStatus.Available);
        assertThat(station.backend.received).noneMatch(AuthorizeRequest.class::isInstance);
        assertThat(station.connector(1).get("status").asText()).isEqualTo("Available");
    }

    @Test
    void anUnknownPathIsA404() {
        HttpResponse<String> response = station.get("/api/nothing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TestStation.json(response).get("error").asText()).contains("no such resource");
    }

    private static void expect400(HttpResponse<String> response, String field, String mentioning) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = TestStation.json(response);
        assertThat(error.get("field").asText()).as(response.body()).isEqualTo(field);
        assertThat(error.get("error").asText()).contains(mentioning);
    }
}
