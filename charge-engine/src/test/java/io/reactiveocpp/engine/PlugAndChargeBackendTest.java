package io.reactiveocpp.engine;

import eu.chargetime.ocpp.CallErrorException;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.DataTransferConfirmation;
import eu.chargetime.ocpp.model.core.DataTransferRequest;
import eu.chargetime.ocpp.model.core.DataTransferStatus;
import io.reactiveocpp.codec.json.Json;
import io.reactiveocpp.codec.pnc.PncAction;
import io.reactiveocpp.codec.pnc.PncCertificateHashData;
import io.reactiveocpp.codec.pnc.PncCertificateSignedRequest;
import io.reactiveocpp.codec.pnc.PncCertificateSignedResponse;
import io.reactiveocpp.codec.pnc.PncCertificateSignedStatusEnum;
import io.reactiveocpp.codec.pnc.PncCertificateSigningUseEnum;
import io.reactiveocpp.codec.pnc.PncDataTransfer;
import io.reactiveocpp.codec.pnc.PncDeleteCertificateRequest;
import io.reactiveocpp.codec.pnc.PncDeleteCertificateResponse;
import io.reactiveocpp.codec.pnc.PncDeleteCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncGetCertificateIdUseEnum;
import io.reactiveocpp.codec.pnc.PncGetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.pnc.PncGetInstalledCertificateIdsResponse;
import io.reactiveocpp.codec.pnc.PncGetInstalledCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncHashAlgorithmEnum;
import io.reactiveocpp.codec.pnc.PncInstallCertificateRequest;
import io.reactiveocpp.codec.pnc.PncInstallCertificateResponse;
import io.reactiveocpp.codec.pnc.PncInstallCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncInstallCertificateUseEnum;
import io.reactiveocpp.codec.pnc.PncMessageTriggerEnum;
import io.reactiveocpp.codec.pnc.PncRequest;
import io.reactiveocpp.codec.pnc.PncResponse;
import io.reactiveocpp.codec.pnc.PncSignCertificateRequest;
import io.reactiveocpp.codec.pnc.PncTriggerMessageRequest;
import io.reactiveocpp.codec.pnc.PncTriggerMessageResponse;
import io.reactiveocpp.codec.pnc.PncTriggerMessageStatusEnum;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.SqliteEngineStore;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.engine.testing.PncMessages;
import io.reactiveocpp.engine.testing.TestCertificates;
import io.reactiveocpp.engine.testing.TestCertificates.Issued;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plug &amp; Charge through the real session against Java-OCA-OCPP 1.1.0's central system on 127.0.0.1: the
 * backend's five DataTransfers and their answers, and the charge point's SignCertificate; every inner payload is
 * checked against the OCPP 2.0.1 schema.
 */
class PlugAndChargeBackendTest {

    @TempDir
    Path dir;

    @Test
    void theBackendInstallsRootsSignsTheSeccCertificateAndListsItOverJavaOcaOcpp() throws Exception {
        Scheduler sessionThread = Schedulers.newSingle("session");
        Scheduler engineThread = Schedulers.newSingle("engine");
        StoreWriter queue = new StoreWriter(SqliteQueueStore.open(dir.resolve("queue.db")), "queue-store");
        SqliteEngineStore engineStore = SqliteEngineStore.open(dir.resolve("engine.db"));
        Issued v2gRoot = TestCertificates.root("V2G Root", BigInteger.valueOf(1));
        Issued subCa = TestCertificates.issued("CPO Sub-CA", BigInteger.valueOf(2), v2gRoot, true);
        try (JavaOcaBackend backend = new JavaOcaBackend()) {
            OcppSession session = OcppSession.builder(SessionConfig.builder(backend.url(), "CP-PNC")
                    .pingInterval(Duration.ofSeconds(1)).build(), queue, sessionThread).build();
            Configuration config = new Configuration(new KeyCatalogue(1), engineStore);
            config.set("ChargeBoxIdentity", "CP-PNC");
            config.set("ISO15118PnCEnabled", "true");
            new ChargePoint(session, new FakeStation(1), config, engineStore, engineThread,
                    new StationIdentity("ACME", "Wallbox 22", "SN-7", null, "0.1.0", null, null, null, null)).start();
            session.start().block(Duration.ofSeconds(10));
            backend.await(BootNotificationRequest.class, 1);

            PncSignCertificateRequest first = signCertificate(backend, 1);
            assertThat(send(backend, new PncInstallCertificateRequest(null,
                    PncInstallCertificateUseEnum.V2_G_ROOT_CERTIFICATE, v2gRoot.pem())))
                    .isEqualTo(new PncInstallCertificateResponse(null, PncInstallCertificateStatusEnum.ACCEPTED, null));
            X509CertificateHolder leaf = TestCertificates.sign(first.csr(), subCa, BigInteger.valueOf(3));
            assertThat(send(backend, new PncCertificateSignedRequest(null, TestCertificates.pem(leaf,
                    subCa.certificate()), PncCertificateSigningUseEnum.V2_G_CERTIFICATE)))
                    .isEqualTo(new PncCertificateSignedResponse(null, PncCertificateSignedStatusEnum.ACCEPTED, null));

            PncGetInstalledCertificateIdsResponse ids = send(backend, new PncGetInstalledCertificateIdsRequest(null,
                    List.of(PncGetCertificateIdUseEnum.V2_G_CERTIFICATE_CHAIN,
                            PncGetCertificateIdUseEnum.V2_G_ROOT_CERTIFICATE)));
            assertThat(ids.status()).isEqualTo(PncGetInstalledCertificateStatusEnum.ACCEPTED);
            assertThat(ids.certificateHashDataChain()).extracting(c -> c.certificateType())
                    .containsExactly(PncGetCertificateIdUseEnum.V2_G_CERTIFICATE_CHAIN,
                            PncGetCertificateIdUseEnum.V2_G_ROOT_CERTIFICATE);
            assertThat(ids.certificateHashDataChain().get(0).certificateHashData().serialNumber()).isEqualTo("3");
            assertThat(ids.certificateHashDataChain().get(0).childCertificateHashData()).hasSize(1);

            assertThat(send(backend, new PncDeleteCertificateRequest(null, new PncCertificateHashData(null,
                    PncHashAlgorithmEnum.SHA256, "00".repeat(32), "11".repeat(32), "42"))))
                    .isEqualTo(new PncDeleteCertificateResponse(null, PncDeleteCertificateStatusEnum.NOT_FOUND, null));

            assertThat(send(backend, new PncTriggerMessageRequest(null, null, PncMessageTriggerEnum.SIGN_V2_G_CERTIFICATE)))
                    .isEqualTo(new PncTriggerMessageResponse(null, PncTriggerMessageStatusEnum.ACCEPTED, null));
            assertThat(signCertificate(backend, 2).csr()).as("a new key, a new CSR").isNotEqualTo(first.csr());

            DataTransferRequest unknown = new DataTransferRequest(PncDataTransfer.VENDOR_ID);
            unknown.setMessageId("MakeCoffee");
            unknown.setData("{}");
            assertThat(((DataTransferConfirmation) backend.send(unknown)).getStatus())
                    .isEqualTo(DataTransferStatus.UnknownMessageId);

            DataTransferRequest bad = new DataTransferRequest(PncDataTransfer.VENDOR_ID);
            bad.setMessageId("InstallCertificate");
            bad.setData("{\"certificateType\":\"V2GRootCertificate\"}");
            assertThatThrownBy(() -> backend.send(bad)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(CallErrorException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo("OccurenceConstraintViolation");
                        assertThat(e.getErrorDescription()).contains("certificate");
                    });
            session.stop().block(Duration.ofSeconds(5));
        } finally {
            queue.close();
            engineStore.close();
            sessionThread.dispose();
            engineThread.dispose();
        }
    }

    /** The {@code n}th SignCertificate DataTransfer the backend received, schema-checked and read. */
    private static PncSignCertificateRequest signCertificate(JavaOcaBackend backend, int n) throws Exception {
        List<DataTransferRequest> received = backend.await(DataTransferRequest.class, n).stream()
                .filter(r -> PncAction.SIGN_CERTIFICATE.wireName().equals(r.getMessageId())).toList();
        assertThat(received).hasSize(n);
        DataTransferRequest last = received.get(n - 1);
        PncSignCertificateRequest request = (PncSignCertificateRequest) PncMessages.read(
                new io.reactiveocpp.codec.message.core.DataTransferRequest(last.getVendorId(), last.getMessageId(),
                        last.getData()));
        assertThat(request.certificateType()).isEqualTo(PncCertificateSigningUseEnum.V2_G_CERTIFICATE);
        return request;
    }

    /** Java-OCA sends {@code request} in a DataTransfer; the charge point's answer, schema-checked and read. */
    @SuppressWarnings("unchecked")
    private static <R extends PncResponse> R send(JavaOcaBackend backend, PncRequest<R> request) throws Exception {
        PncAction action = request.pncAction();
        String data = Json.write(action.requestCodec(), request);
        PncMessages.valid(action.wireName() + ".req", data);
        DataTransferRequest call = new DataTransferRequest(PncDataTransfer.VENDOR_ID);
        call.setMessageId(action.wireName());
        call.setData(data);
        DataTransferConfirmation answer = (DataTransferConfirmation) backend.send(call);
        assertThat(answer.getStatus()).isEqualTo(DataTransferStatus.Accepted);
        return (R) PncMessages.read(new io.reactiveocpp.codec.message.core.DataTransferConfirmation(
                io.reactiveocpp.codec.type.DataTransferStatus.ACCEPTED, answer.getData()), action);
    }
}
