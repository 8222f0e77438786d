package io.reactiveocpp.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.chargetime.ocpp.model.core.DataTransferConfirmation;
import eu.chargetime.ocpp.model.core.DataTransferRequest;
import eu.chargetime.ocpp.model.core.DataTransferStatus;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StatusNotificationRequest;
import io.reactiveocpp.codec.pnc.PncDataTransfer;
import io.reactiveocpp.codec.testing.OcppSchemas;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.SqliteEngineStore;
import io.reactiveocpp.hal.Iso15118Stack.AuthorizationResult;
import io.reactiveocpp.hal.Iso15118Stack.EvCertificateResponse;
import io.reactiveocpp.hal.sim.SimulatedIso15118;
import io.reactiveocpp.hal.sim.SimulatedStation;
import io.reactiveocpp.hal.sim.SimulatorConfig;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plug &amp; Charge end to end through the real session against Java-OCA-OCPP 1.1.0's server on 127.0.0.1, which
 * answers the PnC DataTransfers as a backend would and checks every inner payload against the OCPP 2.0.1
 * schema: the simulator's EV plugged in with Plug &amp; Charge on connector 1 is accepted and charges with its
 * eMAID as idTag (the sub-CA's OCSP response is fetched and persisted); on connector 2 the backend answers
 * Invalid and no transaction starts; the EV's certificate request goes there and back.
 */
class PlugAndChargeRealBackendTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final List<String> schemaErrors = new CopyOnWriteArrayList<>();
    private volatile String authorizeStatus = "Accepted";

    /** The backend's side of the PnC DataTransfers; a schema error is recorded, and answered with a CALLRESULT. */
    private DataTransferConfirmation pnc(DataTransferRequest request) {
        if (!PncDataTransfer.VENDOR_ID.equals(request.getVendorId())) {
            return new DataTransferConfirmation(DataTransferStatus.UnknownVendorId);
        }
        List<String> errors = OcppSchemas.pnc().validate(request.getMessageId() + ".req", request.getData());
        if (!errors.isEmpty()) {
            schemaErrors.add(request.getMessageId() + ": " + errors);
        }
        String data = switch (request.getMessageId()) {
            case "Authorize" -> "{\"idTokenInfo\":{\"status\":\"" + authorizeStatus + "\"}}";
            case "GetCertificateStatus" -> "{\"status\":\"Accepted\",\"ocspResult\":\"MIIBCgoBAA==\"}";
            case "Get15118EVCertificate" -> "{\"status\":\"Accepted\",\"exiResponse\":\"RVhJLXJlc3BvbnNl\"}";
            default -> null;
        };
        DataTransferConfirmation answer = new DataTransferConfirmation(
                data == null ? DataTransferStatus.UnknownMessageId : DataTransferStatus.Accepted);
        answer.setData(data);
        return answer;
    }

    /**
     * The first {@code count} PnC DataTransfers of the EV side, leaving out the SECC certificate's one SignCertificate
     * (sent when the link comes up, PnC being on without a SECC certificate; repeated only a minute later).
     */
    private static List<DataTransferRequest> evSide(JavaOcaBackend backend, int count) throws InterruptedException {
        return backend.await(DataTransferRequest.class, count + 1).stream()
                .filter(r -> !"SignCertificate".equals(r.getMessageId())).limit(count).toList();
    }

    @Test
    void aSimulatedEvWithPlugAndChargeIsAuthorizedByTheBackendAndChargesWithItsEmaid() throws Exception {
        Scheduler sessionThread = Schedulers.newSingle("session");
        Scheduler engineThread = Schedulers.newSingle("engine");
        StoreWriter queue = new StoreWriter(SqliteQueueStore.open(dir.resolve("queue.db")), "queue-store");
        SqliteEngineStore engineStore = SqliteEngineStore.open(dir.resolve("engine.db"));
        SimulatedStation station = SimulatedStation.start(SimulatorConfig.builder().connectors(2).build(),
                Schedulers.newSingle("sim"));
        try (JavaOcaBackend backend = new JavaOcaBackend()) {
            backend.dataTransfers = this::pnc;
            OcppSession session = OcppSession.builder(SessionConfig.builder(backend.url(), "CP-PNC")
                    .pingInterval(Duration.ofSeconds(1)).build(), queue, sessionThread).build();
            Configuration config = new Configuration(new KeyCatalogue(2), engineStore);
            config.change("ISO15118PnCEnabled", "true");
            ChargePoint chargePoint = new ChargePoint(session, station, config, engineStore, engineThread,
                    new StationIdentity("ACME", "Wallbox 22", "SN-7", null, "0.1.0", null, null, null, null));
            chargePoint.start();
            session.start().block(Duration.ofSeconds(10));
            backend.await(StatusNotificationRequest.class, 3);

            station.plugAndCharge(1);
            StartTransactionRequest start = backend.await(StartTransactionRequest.class, 1).get(0);
            assertThat(start.getIdTag()).isEqualTo(SimulatedIso15118.EMAID).isEqualTo("DEABCC1234567");
            assertThat(start.getConnectorId()).isEqualTo(1);
            List<DataTransferRequest> sent = evSide(backend, 2);
            JsonNode authorize = JSON.readTree(sent.get(0).getData());
            assertThat(sent.get(0).getMessageId()).isEqualTo("Authorize");
            assertThat(authorize.at("/idToken").toString()).isEqualTo("{\"idToken\":\"DEABCC1234567\",\"type\":\"eMAID\"}");
            assertThat(authorize.at("/iso15118CertificateHashData")).hasSize(2);
            assertThat(sent.get(1).getMessageId()).isEqualTo("GetCertificateStatus");
            assertThat(JSON.readTree(sent.get(1).getData()).at("/ocspRequestData/serialNumber").asText())
                    .isEqualTo(authorize.at("/iso15118CertificateHashData/1/serialNumber").asText());

            authorizeStatus = "Invalid";
            station.plugAndCharge(2);
            station.requestContractCertificate(2, false);
            List<DataTransferRequest> later = evSide(backend, 4);
            assertThat(later).extracting(DataTransferRequest::getMessageId)
                    .containsExactlyInAnyOrder("Authorize", "GetCertificateStatus", "Authorize", "Get15118EVCertificate");
            List<SimulatedIso15118.Answer> answers = station.iso15118().answers().take(3).collectList()
                    .block(Duration.ofSeconds(10));
            assertThat(answers).extracting(Object::toString).containsExactlyInAnyOrder(
                    "Answer[connectorId=1, answer=" + new AuthorizationResult(true, "Accepted") + "]",
                    "Answer[connectorId=2, answer=" + new AuthorizationResult(false, "Invalid") + "]",
                    "Answer[connectorId=2, answer=" + new EvCertificateResponse(true, "RVhJLXJlc3BvbnNl") + "]");
            assertThat(chargePoint.onScheduler(() -> chargePoint.transactions().active(2) == null)
                    .block(Duration.ofSeconds(5))).as("no transaction on connector 2").isTrue();
            assertThat(backend.received.stream().filter(StartTransactionRequest.class::isInstance)).hasSize(1);
            assertThat(schemaErrors).isEmpty();
            Map<String, String> ocsp = chargePoint.onScheduler(() -> engineStore.load("pncocsp")).block();
            assertThat(ocsp).hasSize(1).allSatisfy((key, value) -> assertThat(value).endsWith(" MIIBCgoBAA=="));
            session.stop().block(Duration.ofSeconds(5));
        } finally {
            station.dispose();
            queue.close();
            engineStore.close();
            sessionThread.dispose();
            engineThread.dispose();
        }
    }
}
