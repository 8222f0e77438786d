package io.reactiveocpp.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StatusNotificationConfirmation;
import io.reactiveocpp.codec.message.core.StatusNotificationRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.pnc.PncDataTransfer;
import io.reactiveocpp.codec.testing.OcppSchemas;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.engine.testing.TestCertificates;
import io.reactiveocpp.hal.Iso15118Stack.CertificateHashData;
import io.reactiveocpp.hal.Iso15118Stack.ContractAuthorization;
import io.reactiveocpp.hal.Iso15118Stack.EvCertificateRequest;
import io.reactiveocpp.hal.PilotState;
import io.reactiveocpp.session.CallException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EV side of Plug &amp; Charge ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0) in virtual time: the
 * ISO 15118 stack's contract after plug-in is authorized with a DataTransfer Authorize (its inner payload valid
 * against the OCPP 2.0.1 schema), a transaction starts with the eMAID as idTag, the sub-CAs' OCSP responses are
 * fetched and kept for {@code ContractValidationOffline}, and every malformed answer is refused without a crash.
 */
class PlugAndChargeEvTest extends EngineScenario {

    private static final String EMAID = "DEABCC1234567";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CertificateHashData LEAF = new CertificateHashData("SHA256", "aa", "bb", "5102", "http://127.0.0.1/ocsp");
    private static final CertificateHashData SUB_CA = new CertificateHashData("SHA256", "cc", "dd", "5101", "http://127.0.0.1/ocsp");
    private static final String ACCEPTED_ANSWER = "{\"idTokenInfo\":{\"status\":\"Accepted\"}}";

    private String chainPem;
    private TestCertificates.Issued moRoot;

    @BeforeEach
    void booted() throws Exception {
        moRoot = TestCertificates.root("MO Root", BigInteger.ONE);
        var subCa = TestCertificates.issued("MO Sub-CA", BigInteger.TWO, moRoot, true);
        var leaf = TestCertificates.issued(EMAID, BigInteger.TEN, subCa, false);
        chainPem = leaf.pem() + subCa.pem();
        bootedAtT0();
        config.change("ISO15118PnCEnabled", "true");
        // Plug & Charge on without a SECC certificate: the charge point asks for one first (its retries stay unanswered)
        pnc("SignCertificate").answer(new DataTransferConfirmation(DataTransferStatus.ACCEPTED, "{\"status\":\"Accepted\"}"));
    }

    private ContractAuthorization contract(String emaid, String pem) {
        return new ContractAuthorization(1, emaid, pem, List.of(LEAF, SUB_CA));
    }

    /** The next CALL is a PnC DataTransfer of {@code messageId} whose data is valid against {@code schema}. */
    private RecordingClient.Outbound pnc(String messageId) {
        // (the SECC certificate's SignCertificate DataTransfers go out too: PnC is on and no SECC certificate is installed)
        RecordingClient.Outbound sent = backend.find(DataTransferRequest.class, r -> messageId.equals(r.messageId()));
        DataTransferRequest request = sent.request();
        assertThat(request.vendorId()).isEqualTo(PncDataTransfer.VENDOR_ID);
        assertThat(request.messageId()).isEqualTo(messageId);
        assertThat(OcppSchemas.pnc().validate(messageId + ".req", request.data())).isEmpty();
        return sent;
    }

    private static JsonNode data(RecordingClient.Outbound sent) throws Exception {
        return JSON.readTree(sent.<DataTransferRequest>request().data());
    }

    private void answerStatuses() {
        backend.takeAll(StatusNotificationRequest.class).forEach(s -> s.answer(StatusNotificationConfirmation.INSTANCE));
    }

    private String lastAnswer() {
        assertThat(station.iso15118.answers).isNotEmpty();
        return station.iso15118.answers.get(station.iso15118.answers.size() - 1).toString();
    }

    /** Plugs in, presents the contract; the Authorize goes out and is answered {@code answer}; returns its data. */
    private JsonNode pluggedAndAnswered(DataTransferConfirmation answer) throws Exception {
        station.pilot(1, PilotState.B);
        station.iso15118.present(contract(EMAID, chainPem));
        RecordingClient.Outbound authorize = pnc("Authorize");
        JsonNode data = data(authorize);
        authorize.answer(answer);
        return data;
    }

    /** The backend installs the contract's MO root (a PnC InstallCertificate), against which chains are checked offline. */
    private void moRootInstalled() {
        var data = JSON.createObjectNode().put("certificateType", "MORootCertificate").put("certificate", moRoot.pem());
        DataTransferConfirmation installed = backend.receive(
                new DataTransferRequest(PncDataTransfer.VENDOR_ID, "InstallCertificate", data.toString()));
        assertThat(installed.data()).contains("\"Accepted\"");
    }

    /** An online session: Authorize Accepted, StartTransaction, the sub-CA's OCSP response kept; then unplugged. */
    private void onlineSessionThatKeepsTheOcspResponse() throws Exception {
        pluggedAndAnswered(new DataTransferConfirmation(DataTransferStatus.ACCEPTED, ACCEPTED_ANSWER));
        backend.find(StartTransactionRequest.class).answer(new StartTransactionConfirmation(ACCEPTED, 7));
        pnc("GetCertificateStatus").answer(new DataTransferConfirmation(DataTransferStatus.ACCEPTED,
                "{\"status\":\"Accepted\",\"ocspResult\":\"MIIBCgoBAA==\"}"));
        station.pilot(1, PilotState.A);
        backend.find(StopTransactionRequest.class).answer(new StopTransactionConfirmation(null));
        answerStatuses();
    }

    @Test
    void anAcceptedContractStartsATransactionWithTheEmaidAsIdTag() throws Exception {
        JsonNode authorize = pluggedAndAnswered(new DataTransferConfirmation(DataTransferStatus.ACCEPTED, ACCEPTED_ANSWER));

        assertThat(authorize.at("/idToken/idToken").asText()).isEqualTo(EMAID);
        assertThat(authorize.at("/idToken/type").asText()).isEqualTo("eMAID");
        assertThat(authorize.at("/iso15118CertificateHashData/1/serialNumber").asText()).isEqualTo("5101");
        assertThat(authorize.has("certificate")).as("CentralContractValidationAllowed is false").isFalse();
        StartTransactionRequest start = backend.find(StartTransactionRequest.class).request();
        assertThat(start.idTag()).isEqualTo(EMAID);
        assertThat(start.connectorId()).isEqualTo(1);
        assertThat(lastAnswer()).isEqualTo("1 AuthorizationResult[accepted=true, status=Accepted]");
        JsonNode status = data(pnc("GetCertificateStatus"));
        assertThat(status.at("/ocspRequestData/serialNumber").asText()).as("the sub-CA, not the leaf").isEqualTo("5101");
    }

    @Test
    void withCentralContractValidationAllowedTheChainGoesToTheBackend() throws Exception {
        config.change("CentralContractValidationAllowed", "true");
        JsonNode authorize = pluggedAndAnswered(new DataTransferConfirmation(DataTransferStatus.ACCEPTED, ACCEPTED_ANSWER));
        assertThat(authorize.at("/certificate").asText()).isEqualTo(chainPem);
    }

    @Test
    void aRejectedContractStartsNoTransactionAndTheStackIsTold() throws Exception {
        pluggedAndAnswered(new DataTransferConfirmation(DataTransferStatus.ACCEPTED,
                "{\"idTokenInfo\":{\"status\":\"Invalid\"}}"));
        time.advanceTimeBy(Duration.ofMinutes(1));
        assertThat(backend.takeAll(StartTransactionRequest.class)).isEmpty();
        assertThat(lastAnswer()).isEqualTo("1 AuthorizationResult[accepted=false, status=Invalid]");
    }

    @Test
    void aRevokedCertificateStartsNoTransactionEvenWhenTheTokenIsAccepted() throws Exception {
        pluggedAndAnswered(new DataTransferConfirmation(DataTransferStatus.ACCEPTED,
                "{\"idTokenInfo\":{\"status\":\"Accepted\"},\"certificateStatus\":\"CertificateRevoked\"}"));
        time.advanceTimeBy(Duration.ofMinutes(1));
        assertThat(backend.takeAll(StartTransactionRequest.class)).isEmpty();
        assertThat(lastAnswer()).isEqualTo("1 AuthorizationResult[accepted=false, status=CertificateRevoked]");
    }

    @Test
    void malformedAnswersAreRefusedWithoutACrashAndTheNextContractStillWorks() throws Exception {
        for (DataTransferConfirmation bad : List.of(
                new DataTransferConfirmation(DataTransferStatus.ACCEPTED, "{not json"),
                new DataTransferConfirmation(DataTransferStatus.ACCEPTED, "{\"idTokenInfo\":{\"status\":\"Maybe\"}}"),
                new DataTransferConfirmation(DataTransferStatus.ACCEPTED, "{}"),
                new DataTransferConfirmation(DataTransferStatus.REJECTED, null),
                new DataTransferConfirmation(DataTransferStatus.UNKNOWN_VENDOR_ID, null))) {
            station.iso15118.present(contract(EMAID, chainPem));
            pnc("Authorize").answer(bad);
            assertThat(lastAnswer()).as("%s", bad).isEqualTo("1 AuthorizationResult[accepted=false, status=Invalid]");
        }
        assertThat(backend.takeAll(StartTransactionRequest.class)).isEmpty();
        pluggedAndAnswered(new DataTransferConfirmation(DataTransferStatus.ACCEPTED, ACCEPTED_ANSWER));
        assertThat(backend.find(StartTransactionRequest.class).<StartTransactionRequest>request().idTag()).isEqualTo(EMAID);
    }

    @Test
    void offlineAContractWithAFreshOcspResponseIsValidatedLocallyUntilTheResponseIsAWeekOld() throws Exception {
        moRootInstalled();
        onlineSessionThatKeepsTheOcspResponse(); // at T0; the Authorize's Accepted is in the authorization cache too

        time.advanceTimeBy(Duration.ofDays(7).minusSeconds(1));
        station.pilot(1, PilotState.B);
        station.iso15118.present(contract(EMAID, chainPem));
        pnc("Authorize").fail(new CallException.Offline(Action.DATA_TRANSFER, "no backend"));
        assertThat(lastAnswer()).isEqualTo("1 AuthorizationResult[accepted=true, status=Accepted]");
        var start = backend.find(StartTransactionRequest.class);
        assertThat(start.<StartTransactionRequest>request().idTag()).isEqualTo(EMAID);
        start.answer(new StartTransactionConfirmation(ACCEPTED, 8));
        station.pilot(1, PilotState.A);
        backend.find(StopTransactionRequest.class).answer(new StopTransactionConfirmation(null));
        answerStatuses();

        time.advanceTimeBy(Duration.ofSeconds(2)); // the OCSP response is now older than 7 days
        station.pilot(1, PilotState.B);
        station.iso15118.present(contract(EMAID, chainPem));
        pnc("Authorize").fail(new CallException.Offline(Action.DATA_TRANSFER, "no backend"));
        time.advanceTimeBy(Duration.ofMinutes(1));
        assertThat(lastAnswer()).isEqualTo("1 AuthorizationResult[accepted=false, status=Offline]");
        assertThat(backend.takeAll(StartTransactionRequest.class)).isEmpty();
    }

    @Test
    void offlineWithoutContractValidationOfflineNoTransactionStarts() throws Exception {
        onlineSessionThatKeepsTheOcspResponse();
        config.change("ContractValidationOffline", "false");
        station.pilot(1, PilotState.B);
        station.iso15118.present(contract(EMAID, chainPem));
        pnc("Authorize").fail(new CallException.TimedOut(Action.DATA_TRANSFER, Duration.ofSeconds(30)));
        time.advanceTimeBy(Duration.ofMinutes(1));
        assertThat(lastAnswer()).isEqualTo("1 AuthorizationResult[accepted=false, status=Offline]");
        assertThat(backend.takeAll(StartTransactionRequest.class)).isEmpty();
    }

    @Test
    void offlineAChainOfAnMoRootNotInstalledIsNotTrusted() throws Exception {
        onlineSessionThatKeepsTheOcspResponse();
        station.pilot(1, PilotState.B);
        station.iso15118.present(contract(EMAID, chainPem));
        pnc("Authorize").fail(new CallException.Offline(Action.DATA_TRANSFER, "no backend"));
        assertThat(lastAnswer()).isEqualTo("1 AuthorizationResult[accepted=false, status=Offline]");
        assertThat(backend.takeAll(StartTransactionRequest.class)).isEmpty();

        moRootInstalled(); // the same contract is now trusted offline
        station.pilot(1, PilotState.A);
        answerStatuses();
        station.pilot(1, PilotState.B);
        station.iso15118.present(contract(EMAID, chainPem));
        pnc("Authorize").fail(new CallException.Offline(Action.DATA_TRANSFER, "no backend"));
        assertThat(lastAnswer()).isEqualTo("1 AuthorizationResult[accepted=true, status=Accepted]");
    }

    @Test
    void offlineAnExpiredChainIsNotTrusted() throws Exception {
        moRootInstalled();
        onlineSessionThatKeepsTheOcspResponse();
        var root = TestCertificates.root("MO Root", BigInteger.ONE, Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2021-01-01T00:00:00Z"));
        station.pilot(1, PilotState.B);
        station.iso15118.present(contract(EMAID, root.pem()));
        pnc("Authorize").fail(new CallException.Offline(Action.DATA_TRANSFER, "no backend"));
        assertThat(lastAnswer()).isEqualTo("1 AuthorizationResult[accepted=false, status=Offline]");
        assertThat(backend.takeAll(StartTransactionRequest.class)).isEmpty();
    }

    @Test
    void anEmaidLongerThanAnIdTagIsRefusedBeforeAnyMessage() {
        station.iso15118.present(contract("DEABCC12345678901234X", chainPem));
        assertThat(lastAnswer()).isEqualTo("1 AuthorizationResult[accepted=false, status=Invalid]");
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void withPlugAndChargeDisabledTheStackIsToldAndNothingIsSent() {
        config.change("ISO15118PnCEnabled", "false");
        station.iso15118.present(contract(EMAID, chainPem));
        station.iso15118.request(new EvCertificateRequest(1, "urn:iso:15118:2:2013:MsgDef", false, "AAEC"));
        assertThat(station.iso15118.answers).extracting(Object::toString).containsExactly(
                "1 AuthorizationResult[accepted=false, status=Disabled]",
                "1 EvCertificateResponse[accepted=false, exiResponse=]");
        assertThat(backend.quiet()).isTrue();
    }

    @Test
    void theEvsCertificateRequestGoesToTheBackendAndItsExiResponseBack() throws Exception {
        station.iso15118.request(new EvCertificateRequest(1, "urn:iso:15118:2:2013:MsgDef", true, "AAEC"));
        RecordingClient.Outbound sent = pnc("Get15118EVCertificate");
        assertThat(data(sent).at("/action").asText()).isEqualTo("Update");
        assertThat(data(sent).at("/exiRequest").asText()).isEqualTo("AAEC");
        sent.answer(new DataTransferConfirmation(DataTransferStatus.ACCEPTED,
                "{\"status\":\"Accepted\",\"exiResponse\":\"BBED\"}"));
        assertThat(lastAnswer()).isEqualTo("1 EvCertificateResponse[accepted=true, exiResponse=BBED]");

        station.iso15118.request(new EvCertificateRequest(1, "urn:iso:15118:2:2013:MsgDef", false, "AAEC"));
        pnc("Get15118EVCertificate").answer(new DataTransferConfirmation(DataTransferStatus.ACCEPTED,
                "{\"status\":\"Accepted\"}"));
        assertThat(lastAnswer()).as("exiResponse is required").isEqualTo("1 EvCertificateResponse[accepted=false, exiResponse=]");
    }
}
