package io.reactiveocpp.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chargetime.ocpp.model.core.DataTransferConfirmation;
import eu.chargetime.ocpp.model.core.DataTransferRequest;
import eu.chargetime.ocpp.model.core.DataTransferStatus;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's Plug &amp; Charge controls over the local HTTP interface, against Java-OCA-OCPP's server
 * answering the PnC DataTransfers: {@code POST /api/sim/connectors/{n}/plug} with {@code {"plugAndCharge": true}}
 * starts a transaction with the simulated contract's eMAID, {@code .../contract-certificate} sends the EV's
 * Get15118EVCertificate; both need the operator's login, and a bad body is a 400 naming the field.
 */
class PlugAndChargeApiTest {

    private static final String PASSWORD = "pnc test password";

    @TempDir
    Path dir;
    TestStation station;

    @AfterEach
    void stop() {
        if (station != null) {
            station.close();
        }
    }

    private static DataTransferConfirmation answer(DataTransferRequest request) {
        DataTransferConfirmation answer = new DataTransferConfirmation(DataTransferStatus.Accepted);
        answer.setData(switch (request.getMessageId()) {
            case "Authorize" -> "{\"idTokenInfo\":{\"status\":\"Accepted\"}}";
            case "GetCertificateStatus" -> "{\"status\":\"Failed\"}";
            default -> "{\"status\":\"Accepted\",\"exiResponse\":\"AAEC\"}";
        });
        return answer;
    }

    @Test
    void anEvPluggedInWithPlugAndChargeChargesWithItsEmaid() throws InterruptedException {
        station = TestStation.start(dir, PASSWORD, Map.of("ISO15118PnCEnabled", "true"));
        station.backend.dataTransfers = PlugAndChargeApiTest::answer;
        String body = "{\"plugAndCharge\": true}";
        assertThat(station.post("/api/sim/connectors/1/plug", body).statusCode()).as("no login").isEqualTo(401);
        assertThat(station.post("/api/sim/connectors/1/contract-certificate", null).statusCode()).isEqualTo(401);
        station.as(OperatorAuth.USER, PASSWORD);

        HttpResponse<String> bad = station.post("/api/sim/connectors/1/plug", "{\"plugAndCharge\": \"yes\"}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(TestStation.json(bad).get("field").asText()).isEqualTo("plugAndCharge");

        HttpResponse<String> plugged = station.post("/api/sim/connectors/1/plug", body);
        assertThat(plugged.statusCode()).as(plugged.body()).isEqualTo(202);
        assertThat(TestStation.json(plugged).get("action").asText()).isEqualTo("plug-and-charge");
        StartTransactionRequest start = station.backend.await(StartTransactionRequest.class, 1).get(0);
        assertThat(start.getIdTag()).isEqualTo("DEABCC1234567");
        assertThat(start.getConnectorId()).isEqualTo(1);
        JsonNode connector = station.awaitStatus(s -> !s.at("/connectors/0/transactionId").isNull())
                .get("connectors").get(0);
        assertThat(connector.get("transactionId").asInt()).isEqualTo(1001);

        HttpResponse<String> requested = station.post("/api/sim/connectors/2/contract-certificate", "{\"update\": false}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        // with the SECC certificate's SignCertificate (PnC on, no SECC certificate) and the GetCertificateStatus
        assertThat(station.backend.await(DataTransferRequest.class, 4)).extracting(DataTransferRequest::getMessageId)
                .contains("SignCertificate", "Authorize", "GetCertificateStatus", "Get15118EVCertificate");
    }
}
