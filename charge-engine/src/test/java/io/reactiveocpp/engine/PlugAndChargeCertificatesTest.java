package io.reactiveocpp.engine;

import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.pnc.PncCertificateHashData;
import io.reactiveocpp.codec.pnc.PncCertificateHashDataChain;
import io.reactiveocpp.codec.pnc.PncCertificateSignedRequest;
import io.reactiveocpp.codec.pnc.PncCertificateSignedStatusEnum;
import io.reactiveocpp.codec.pnc.PncCertificateSigningUseEnum;
import io.reactiveocpp.codec.pnc.PncDataTransfer;
import io.reactiveocpp.codec.pnc.PncDeleteCertificateRequest;
import io.reactiveocpp.codec.pnc.PncDeleteCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncGetCertificateIdUseEnum;
import io.reactiveocpp.codec.pnc.PncGetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.pnc.PncGetInstalledCertificateIdsResponse;
import io.reactiveocpp.codec.pnc.PncGetInstalledCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncHashAlgorithmEnum;
import io.reactiveocpp.codec.pnc.PncInstallCertificateRequest;
import io.reactiveocpp.codec.pnc.PncInstallCertificateStatusEnum;
import io.reactiveocpp.codec.pnc.PncInstallCertificateUseEnum;
import io.reactiveocpp.codec.pnc.PncMessageTriggerEnum;
import io.reactiveocpp.codec.pnc.PncSignCertificateRequest;
import io.reactiveocpp.codec.pnc.PncTriggerMessageRequest;
import io.reactiveocpp.codec.pnc.PncTriggerMessageStatusEnum;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.security.CertificateRequests;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.store.SqliteEngineStore;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.engine.testing.PncMessages;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.engine.testing.TestCertificates;
import io.reactiveocpp.engine.testing.TestCertificates.Issued;
import io.reactiveocpp.session.CallRefused;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.io.StringReader;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plug &amp; Charge from the backend ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0): InstallCertificate,
 * GetInstalledCertificateIds, DeleteCertificate, CertificateSigned and TriggerMessage in DataTransfer, and the SECC
 * certificate's SignCertificate with its retries, in virtual time. Every inner payload is checked against the 2.0.1
 * schema.
 */
class PlugAndChargeCertificatesTest extends EngineScenario {

    private Issued v2gRoot;
    private Issued cpoSubCa;
    private final List<VirtualTimeScheduler> clocks = new ArrayList<>();
    private io.reactiveocpp.engine.ChargePoint chargePoint;

    @AfterEach
    void disposeClocks() {
        clocks.forEach(VirtualTimeScheduler::dispose);
    }

    @BeforeEach
    void booted() throws Exception {
        config.set("ChargeBoxIdentity", "CP-PNC-1");
        config.change("CpoName", "ACME CPO");
        config.change("ISO15118CountryName", "DE");
        chargePoint = bootedAtT0();
        v2gRoot = TestCertificates.root("V2G Root", new BigInteger("00c0ffee0123456789", 16));
        cpoSubCa = TestCertificates.issued("CPO Sub-CA 1", BigInteger.valueOf(21), v2gRoot, true);
    }

    /** Turns Plug &amp; Charge on; the charge point asks at once for its SECC certificate: that request. */
    private PncSignCertificateRequest enable() {
        assertThat(config.change("ISO15118PnCEnabled", "true").status().literal()).isEqualTo("Accepted");
        return signCertificate();
    }

    private PncSignCertificateRequest signCertificate() {
        var sent = backend.find(DataTransferRequest.class);
        PncSignCertificateRequest request = (PncSignCertificateRequest) PncMessages.read(
                sent.<DataTransferRequest>request());
        sent.answer(new DataTransferConfirmation(DataTransferStatus.ACCEPTED, "{\"status\":\"Accepted\"}"));
        return request;
    }

    private PncInstallCertificateStatusEnum install(PncInstallCertificateUseEnum use, String pem) {
        return PncMessages.send(backend, new PncInstallCertificateRequest(null, use, pem)).status();
    }

    private PncGetInstalledCertificateIdsResponse ids(PncGetCertificateIdUseEnum... types) {
        return PncMessages.send(backend, new PncGetInstalledCertificateIdsRequest(null,
                types.length == 0 ? null : List.of(types)));
    }

    private PncCertificateSignedStatusEnum certificateSigned(String chain) {
        return PncMessages.send(backend, new PncCertificateSignedRequest(null, chain,
                PncCertificateSigningUseEnum.V2_G_CERTIFICATE)).status();
    }

    /** The hash data as OCSP's CertID defines it (RFC 6960), computed by Bouncy Castle's OCSP support. */
    private static PncCertificateHashData ocsp(X509CertificateHolder certificate, X509CertificateHolder issuer)
            throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)), issuer, certificate.getSerialNumber());
        return new PncCertificateHashData(null, PncHashAlgorithmEnum.SHA256,
                HexFormat.of().formatHex(id.getIssuerNameHash()), HexFormat.of().formatHex(id.getIssuerKeyHash()),
                id.getSerialNumber().toString(16));
    }

    private static PKCS10CertificationRequest csr(String pem) throws Exception {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            return (PKCS10CertificationRequest) parser.readObject();
        }
    }

    @Test
    void v2gAndMoRootsAreListedWithTheOcspHashData() throws Exception {
        enable();
        Issued moRoot = TestCertificates.root("MO Root", BigInteger.valueOf(5));
        assertThat(ids().status()).isEqualTo(PncGetInstalledCertificateStatusEnum.NOT_FOUND);
        assertThat(install(PncInstallCertificateUseEnum.V2_G_ROOT_CERTIFICATE, v2gRoot.pem()))
                .isEqualTo(PncInstallCertificateStatusEnum.ACCEPTED);
        assertThat(install(PncInstallCertificateUseEnum.MO_ROOT_CERTIFICATE, moRoot.pem()))
                .isEqualTo(PncInstallCertificateStatusEnum.ACCEPTED);

        assertThat(ids(PncGetCertificateIdUseEnum.V2_G_ROOT_CERTIFICATE).certificateHashDataChain())
                .containsExactly(new PncCertificateHashDataChain(null, ocsp(v2gRoot.certificate(),
                        v2gRoot.certificate()), PncGetCertificateIdUseEnum.V2_G_ROOT_CERTIFICATE, null));
        assertThat(ids(PncGetCertificateIdUseEnum.V2_G_ROOT_CERTIFICATE).certificateHashDataChain().get(0)
                .certificateHashData().serialNumber()).isEqualTo("c0ffee0123456789");
        assertThat(ids(PncGetCertificateIdUseEnum.MO_ROOT_CERTIFICATE, PncGetCertificateIdUseEnum.CSMS_ROOT_CERTIFICATE)
                .certificateHashDataChain()).extracting(PncCertificateHashDataChain::certificateHashData)
                .containsExactly(ocsp(moRoot.certificate(), moRoot.certificate()));
        assertThat(ids().certificateHashDataChain()).hasSize(2);
    }

    @Test
    void csmsAndManufacturerRootsGoToTheSecurityWhitepapersStore() throws Exception {
        enable();
        Issued csmsRoot = TestCertificates.root("CSMS Root", BigInteger.valueOf(9));
        assertThat(install(PncInstallCertificateUseEnum.CSMS_ROOT_CERTIFICATE, csmsRoot.pem()))
                .isEqualTo(PncInstallCertificateStatusEnum.ACCEPTED);

        assertThat(backend.receive(new GetInstalledCertificateIdsRequest(CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE))
                .certificateHashData()).hasSize(1);
        assertThat(ids(PncGetCertificateIdUseEnum.CSMS_ROOT_CERTIFICATE).certificateHashDataChain())
                .extracting(PncCertificateHashDataChain::certificateHashData)
                .containsExactly(ocsp(csmsRoot.certificate(), csmsRoot.certificate()));
        assertThat(PncMessages.send(backend, new PncDeleteCertificateRequest(null,
                ocsp(csmsRoot.certificate(), csmsRoot.certificate()))).status())
                .as("the last CSMS root stays").isEqualTo(PncDeleteCertificateStatusEnum.FAILED);
    }

    @Test
    void aLeafOrASubCaOfAnUnknownRootIsRejected() throws Exception {
        enable();
        Issued leaf = TestCertificates.issued("Not a CA", BigInteger.TEN, v2gRoot, false);
        assertThat(install(PncInstallCertificateUseEnum.V2_G_ROOT_CERTIFICATE, v2gRoot.pem() + leaf.pem()))
                .isEqualTo(PncInstallCertificateStatusEnum.ACCEPTED); // the first certificate counts
        assertThat(install(PncInstallCertificateUseEnum.MO_ROOT_CERTIFICATE, leaf.pem()))
                .isEqualTo(PncInstallCertificateStatusEnum.REJECTED);
        Issued foreignSub = TestCertificates.issued("Foreign Sub-CA", BigInteger.TWO,
                TestCertificates.root("Foreign Root", BigInteger.ONE), true);
        assertThat(install(PncInstallCertificateUseEnum.V2_G_ROOT_CERTIFICATE, foreignSub.pem()))
                .isEqualTo(PncInstallCertificateStatusEnum.REJECTED);
        assertThat(install(PncInstallCertificateUseEnum.V2_G_ROOT_CERTIFICATE, "no PEM"))
                .isEqualTo(PncInstallCertificateStatusEnum.REJECTED);
        assertThat(ids(PncGetCertificateIdUseEnum.V2_G_ROOT_CERTIFICATE).certificateHashDataChain()).hasSize(1);
    }

    @Test
    void deletingAnUnknownCertificateIsNotFoundAndAnInstalledRootGoes() throws Exception {
        enable();
        install(PncInstallCertificateUseEnum.V2_G_ROOT_CERTIFICATE, v2gRoot.pem());
        Issued other = TestCertificates.root("Other", BigInteger.valueOf(77));
        assertThat(PncMessages.send(backend, new PncDeleteCertificateRequest(null,
                ocsp(other.certificate(), other.certificate()))).status())
                .isEqualTo(PncDeleteCertificateStatusEnum.NOT_FOUND);
        assertThat(PncMessages.send(backend, new PncDeleteCertificateRequest(null,
                ocsp(v2gRoot.certificate(), v2gRoot.certificate()))).status())
                .isEqualTo(PncDeleteCertificateStatusEnum.ACCEPTED);
        assertThat(ids(PncGetCertificateIdUseEnum.V2_G_ROOT_CERTIFICATE).status())
                .isEqualTo(PncGetInstalledCertificateStatusEnum.NOT_FOUND);
    }

    @Test
    void theSeccCsrHasANewP256KeyAndTheIso15118Subject() throws Exception {
        PncSignCertificateRequest request = enable();
        assertThat(request.certificateType()).isEqualTo(PncCertificateSigningUseEnum.V2_G_CERTIFICATE);
        PKCS10CertificationRequest csr = csr(request.csr());
        assertThat(csr.getSubject().getRDNs(BCStyle.CN)[0].getFirst().getValue().toString()).isEqualTo("CP-PNC-1");
        assertThat(csr.getSubject().getRDNs(BCStyle.O)[0].getFirst().getValue().toString()).isEqualTo("ACME CPO");
        assertThat(csr.getSubject().getRDNs(BCStyle.C)[0].getFirst().getValue().toString()).isEqualTo("DE");
        assertThat(csr.getSubject().getRDNs(BCStyle.DC)[0].getFirst().getValue().toString()).isEqualTo("CPO");
        assertThat(csr.getSubjectPublicKeyInfo().getAlgorithm().getParameters().toString())
                .as("secp256r1").isEqualTo("1.2.840.10045.3.1.7");
        // the request is signed by its key: TestCertificates.sign checks it
        TestCertificates.sign(request.csr(), v2gRoot, BigInteger.ONE);
    }

    @Test
    void aChainForThePendingKeyIsAcceptedListedWithItsSubCaAndEndsTheRetries() throws Exception {
        PncSignCertificateRequest request = enable();
        install(PncInstallCertificateUseEnum.V2_G_ROOT_CERTIFICATE, v2gRoot.pem());
        X509CertificateHolder leaf = TestCertificates.sign(request.csr(), cpoSubCa, BigInteger.valueOf(1234));

        assertThat(certificateSigned(TestCertificates.pem(leaf, cpoSubCa.certificate())))
                .isEqualTo(PncCertificateSignedStatusEnum.ACCEPTED);

        assertThat(ids(PncGetCertificateIdUseEnum.V2_G_CERTIFICATE_CHAIN).certificateHashDataChain())
                .containsExactly(new PncCertificateHashDataChain(null, ocsp(leaf, cpoSubCa.certificate()),
                        PncGetCertificateIdUseEnum.V2_G_CERTIFICATE_CHAIN,
                        List.of(ocsp(cpoSubCa.certificate(), v2gRoot.certificate()))));
        assertThat(PncMessages.send(backend, new PncDeleteCertificateRequest(null,
                ocsp(leaf, cpoSubCa.certificate()))).status())
                .as("its own certificate is replaced, not deleted").isEqualTo(PncDeleteCertificateStatusEnum.FAILED);
        time.advanceTimeBy(Duration.ofDays(1));
        assertThat(backend.takeAll(DataTransferRequest.class)).as("no more SignCertificate").isEmpty();
    }

    @Test
    void theSeccCertificateIsRenewedInItsWindowOnceADayUntilANewOneArrives() throws Exception {
        config.change("CertSigningRepeatTimes", "0"); // a series is one request: each SignCertificate below is a series
        PncSignCertificateRequest request = enable();
        install(PncInstallCertificateUseEnum.V2_G_ROOT_CERTIFICATE, v2gRoot.pem());
        // valid 100 days from now: the renewal window is its last tenth, from day 90 on
        Instant now = chargePoint.clock().now();
        X509CertificateHolder leaf = TestCertificates.sign(request.csr(), v2gRoot, BigInteger.valueOf(77), now,
                now.plus(Duration.ofDays(100)));
        assertThat(certificateSigned(TestCertificates.pem(leaf))).isEqualTo(PncCertificateSignedStatusEnum.ACCEPTED);

        // checked hourly: nothing until an hour before the window, one request within its first hour
        time.advanceTimeBy(Duration.ofDays(90).minusHours(1));
        assertThat(backend.takeAll(DataTransferRequest.class)).as("before the window").isEmpty();
        time.advanceTimeBy(Duration.ofHours(2));
        PncSignCertificateRequest renewal = signCertificate();
        assertThat(renewal.certificateType()).isEqualTo(PncCertificateSigningUseEnum.V2_G_CERTIFICATE);
        assertThat(backend.takeAll(DataTransferRequest.class)).isEmpty();
        time.advanceTimeBy(Duration.ofHours(21));
        assertThat(backend.takeAll(DataTransferRequest.class)).as("one series a day").isEmpty();
        time.advanceTimeBy(Duration.ofHours(2));
        PncSignCertificateRequest nextDay = signCertificate();

        Instant renewed = chargePoint.clock().now();
        assertThat(certificateSigned(TestCertificates.pem(TestCertificates.sign(nextDay.csr(), v2gRoot,
                BigInteger.valueOf(78), renewed, renewed.plus(Duration.ofDays(100))))))
                .isEqualTo(PncCertificateSignedStatusEnum.ACCEPTED);
        time.advanceTimeBy(Duration.ofDays(3));
        assertThat(backend.takeAll(DataTransferRequest.class)).as("the new certificate is far from its window")
                .isEmpty();
    }

    @Test
    void aForeignChainOrOneForAnotherKeyIsRejected() throws Exception {
        PncSignCertificateRequest request = enable();
        install(PncInstallCertificateUseEnum.V2_G_ROOT_CERTIFICATE, v2gRoot.pem());
        Issued foreignRoot = TestCertificates.root("Foreign Root", BigInteger.valueOf(3));
        assertThat(certificateSigned(TestCertificates.pem(TestCertificates.sign(request.csr(), foreignRoot,
                BigInteger.ONE)))).as("not issued under an installed V2G root")
                .isEqualTo(PncCertificateSignedStatusEnum.REJECTED);
        String otherCsr = CertificateRequests.csr(CertificateRequests.newKeyPair(),
                new org.bouncycastle.asn1.x500.X500Name("CN=CP-PNC-1"));
        assertThat(certificateSigned(TestCertificates.pem(TestCertificates.sign(otherCsr, v2gRoot,
                BigInteger.TWO)))).as("not the key of the pending CSR")
                .isEqualTo(PncCertificateSignedStatusEnum.REJECTED);
        assertThat(certificateSigned("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"))
                .isEqualTo(PncCertificateSignedStatusEnum.REJECTED);
        assertThat(PncMessages.send(backend, new PncCertificateSignedRequest(null,
                TestCertificates.pem(TestCertificates.sign(request.csr(), v2gRoot, BigInteger.TEN)),
                PncCertificateSigningUseEnum.CHARGING_STATION_CERTIFICATE)).status())
                .as("the charge point certificate is not Plug & Charge's").isEqualTo(PncCertificateSignedStatusEnum.REJECTED);
        assertThat(ids(PncGetCertificateIdUseEnum.V2_G_CERTIFICATE_CHAIN).status())
                .isEqualTo(PncGetInstalledCertificateStatusEnum.NOT_FOUND);
        assertThat(backend.securityEventRequests()).filteredOn(e -> e.type().equals("InvalidChargePointCertificate"))
                .as("each rejected chain reported").hasSize(4)
                .allSatisfy(e -> assertThat(e.techInfo()).startsWith("V2GCertificate: "));
    }

    @Test
    void signCertificateIsRepeatedWithDoublingWaitsUntilTheRepeatTimesAreSpent() throws Exception {
        config.change("CertSigningWaitMinimum", "60");
        config.change("CertSigningRepeatTimes", "3");
        List<String> csrs = new ArrayList<>();
        csrs.add(enable().csr());
        // sent at 0 s, then 60 s, 60+120 s and 180+240 s later, each with a new key; then no more
        for (long wait : new long[] {60, 120, 240}) {
            time.advanceTimeBy(Duration.ofSeconds(wait - 1));
            assertThat(backend.takeAll(DataTransferRequest.class)).as("not before " + wait + " s").isEmpty();
            time.advanceTimeBy(Duration.ofSeconds(1));
            csrs.add(signCertificate().csr());
        }
        // then a new series a day after the first began (checked hourly), while no certificate arrives
        time.advanceTimeBy(Duration.ofDays(1).minusSeconds(420).minusSeconds(1));
        assertThat(backend.takeAll(DataTransferRequest.class)).isEmpty();
        time.advanceTimeBy(Duration.ofHours(1));
        csrs.add(signCertificate().csr());
        assertThat(csrs.stream().map(c -> {
            try {
                return csr(c).getSubjectPublicKeyInfo();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct().map(SubjectPublicKeyInfo::hashCode)).as("a new key each time").hasSize(5);

        // the backend may answer any of the last four requests, e.g. one it got before the next was sent (the new
        // series' first, csrs[4], may have been followed by its retries within the hour)
        install(PncInstallCertificateUseEnum.V2_G_ROOT_CERTIFICATE, v2gRoot.pem());
        assertThat(certificateSigned(TestCertificates.pem(TestCertificates.sign(csrs.get(4), v2gRoot,
                BigInteger.TWO)))).isEqualTo(PncCertificateSignedStatusEnum.ACCEPTED);
        assertThat(certificateSigned(TestCertificates.pem(TestCertificates.sign(csrs.get(3), v2gRoot,
                BigInteger.TEN)))).as("once one is accepted, no other request is pending").isEqualTo(PncCertificateSignedStatusEnum.REJECTED);
    }

    @Test
    void turningPlugAndChargeOffEndsTheRetries() {
        enable();
        config.change("ISO15118PnCEnabled", "false");
        time.advanceTimeBy(Duration.ofDays(1));
        assertThat(backend.takeAll(DataTransferRequest.class)).extracting(o -> o.request).isEmpty();
    }

    @Test
    void triggerSignV2GCertificateIsAcceptedThenSignCertificateFollows() {
        enable();
        assertThat(PncMessages.send(backend, new PncTriggerMessageRequest(null, null,
                PncMessageTriggerEnum.SIGN_V2_G_CERTIFICATE)).status()).isEqualTo(PncTriggerMessageStatusEnum.ACCEPTED);
        assertThat(signCertificate().certificateType()).isEqualTo(PncCertificateSigningUseEnum.V2_G_CERTIFICATE);
        assertThat(PncMessages.send(backend, new PncTriggerMessageRequest(null, null,
                PncMessageTriggerEnum.BOOT_NOTIFICATION)).status()).isEqualTo(PncTriggerMessageStatusEnum.NOT_IMPLEMENTED);
        assertThat(backend.takeAll(DataTransferRequest.class)).isEmpty();
    }

    @Test
    void aPayloadAgainstTheSchemaIsACallErrorNamingTheField() {
        enable();
        assertRefused("InstallCertificate", "{not json", ErrorCode.FORMATION_VIOLATION, "data");
        assertRefused("InstallCertificate", "[]", ErrorCode.FORMATION_VIOLATION, "data");
        assertRefused("InstallCertificate", "{\"certificateType\":\"V2GRootCertificate\"}",
                ErrorCode.OCCURENCE_CONSTRAINT_VIOLATION, "certificate");
        assertRefused("InstallCertificate", "{\"certificateType\":\"V2GRootCertificate\",\"certificate\":5}",
                ErrorCode.TYPE_CONSTRAINT_VIOLATION, "certificate");
        assertRefused("TriggerMessage", "{\"requestedMessage\":\"Coffee\"}", null, "requestedMessage");
        assertRefused("CertificateSigned", null, ErrorCode.OCCURENCE_CONSTRAINT_VIOLATION, "data");
    }

    private void assertRefused(String messageId, String data, ErrorCode code, String field) {
        assertThatThrownBy(() -> backend.receive(new DataTransferRequest(PncDataTransfer.VENDOR_ID, messageId, data)))
                .isInstanceOfSatisfying(CallRefused.class, refused -> {
                    if (code != null) {
                        assertThat(refused.code()).isEqualTo(code);
                    }
                    assertThat(refused.getMessage()).contains(field);
                });
    }

    @Test
    void anUnknownMessageIdOrOneTheChargePointSendsIsUnknownAndPlugAndChargeOffIsAnUnknownVendor() {
        assertThat(backend.receive(new DataTransferRequest(PncDataTransfer.VENDOR_ID, "InstallCertificate", "{}")))
                .as("ISO15118PnCEnabled false, as libocpp")
                .isEqualTo(new DataTransferConfirmation(DataTransferStatus.UNKNOWN_VENDOR_ID, null));
        enable();
        assertThat(backend.receive(new DataTransferRequest(PncDataTransfer.VENDOR_ID, "MakeCoffee", "{}")))
                .isEqualTo(new DataTransferConfirmation(DataTransferStatus.UNKNOWN_MESSAGE_ID, null));
        assertThat(backend.receive(new DataTransferRequest(PncDataTransfer.VENDOR_ID, "Authorize", "{}")))
                .isEqualTo(new DataTransferConfirmation(DataTransferStatus.UNKNOWN_MESSAGE_ID, null));
    }

    @Test
    void certificatesKeysAndAPendingRequestSurviveARestart(@TempDir Path dir) throws Exception {
        Issued moRoot = TestCertificates.root("MO Root", BigInteger.valueOf(5));
        PncGetInstalledCertificateIdsResponse before;
        PncSignCertificateRequest pending;
        try (EngineStore sqlite = SqliteEngineStore.open(dir.resolve("engine.db"))) {
            RecordingClient first = started(sqlite);
            PncMessages.send(first, new PncInstallCertificateRequest(null,
                    PncInstallCertificateUseEnum.V2_G_ROOT_CERTIFICATE, v2gRoot.pem()));
            PncMessages.send(first, new PncInstallCertificateRequest(null,
                    PncInstallCertificateUseEnum.MO_ROOT_CERTIFICATE, moRoot.pem()));
            pending = (PncSignCertificateRequest) PncMessages.read(first.find(DataTransferRequest.class)
                    .<DataTransferRequest>request());
            before = PncMessages.send(first, new PncGetInstalledCertificateIdsRequest(null, null));
            sqlite.put("pnc-certificates", "V2GRootCertificate broken", "-----BEGIN CERTIFICATE-----\nAAAA\n");
            sqlite.flush();
        }
        X509CertificateHolder leaf = TestCertificates.sign(pending.csr(), cpoSubCa, BigInteger.valueOf(99));
        try (EngineStore sqlite = SqliteEngineStore.open(dir.resolve("engine.db"))) {
            RecordingClient restarted = started(sqlite);
            assertThat(PncMessages.send(restarted, new PncGetInstalledCertificateIdsRequest(null, null))
                    .certificateHashDataChain()).containsExactlyInAnyOrderElementsOf(before.certificateHashDataChain());
            assertThat(PncMessages.send(restarted, new PncCertificateSignedRequest(null,
                    TestCertificates.pem(leaf, cpoSubCa.certificate()), null)).status())
                    .as("the CSR's key was kept").isEqualTo(PncCertificateSignedStatusEnum.ACCEPTED);
            restarted.takeAll(DataTransferRequest.class); // the new CSR sent on connecting
        }
        try (EngineStore sqlite = SqliteEngineStore.open(dir.resolve("engine.db"))) {
            RecordingClient again = started(sqlite);
            assertThat(PncMessages.send(again, new PncGetInstalledCertificateIdsRequest(null,
                    List.of(PncGetCertificateIdUseEnum.V2_G_CERTIFICATE_CHAIN))).certificateHashDataChain())
                    .extracting(PncCertificateHashDataChain::certificateHashData)
                    .containsExactly(ocsp(leaf, cpoSubCa.certificate()));
            assertThat(again.takeAll(DataTransferRequest.class)).as("a valid SECC certificate: no CSR").isEmpty();
        }
    }

    /** A charge point on {@code engineStore}, Plug &amp; Charge on, connected, at the scenarios' backend time. */
    private RecordingClient started(EngineStore engineStore) {
        RecordingClient client = new RecordingClient();
        VirtualTimeScheduler clock = VirtualTimeScheduler.create();
        clock.advanceTimeTo(T0);
        clocks.add(clock);
        Configuration configuration = new Configuration(new KeyCatalogue(1), engineStore);
        configuration.set("ISO15118PnCEnabled", "true");
        new ChargePoint(client, station, configuration, engineStore, clock,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null)).start();
        client.connected(true);
        return client;
    }
}
