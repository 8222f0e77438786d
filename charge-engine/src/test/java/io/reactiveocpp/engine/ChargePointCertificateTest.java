package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.BootNotificationConfirmation;
import io.reactiveocpp.codec.message.core.BootNotificationRequest;
import io.reactiveocpp.codec.message.security.CertificateSignedRequest;
import io.reactiveocpp.codec.message.security.InstallCertificateRequest;
import io.reactiveocpp.codec.message.security.SignCertificateConfirmation;
import io.reactiveocpp.codec.message.security.SignCertificateRequest;
import io.reactiveocpp.codec.message.security.ExtendedTriggerMessageRequest;
import io.reactiveocpp.codec.type.CertificateSignedStatus;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.codec.type.ExtendedMessageTrigger;
import io.reactiveocpp.codec.type.GenericStatus;
import io.reactiveocpp.codec.type.RegistrationStatus;
import io.reactiveocpp.codec.type.TriggerMessageStatus;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.security.ChargePointCertificates;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.store.SqliteEngineStore;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.engine.testing.TestCertificates;
import io.reactiveocpp.engine.testing.TestCertificates.Issued;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
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
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Update Charge Point Certificate (OCPP 1.6 security whitepaper edition 3, A02/A03) through the engine: the CSR of
 * SignCertificate, CertificateSigned accepted or rejected, the seam the transport reads the certificate from, and the
 * restart between the two. Every message the charge point sends is checked against the schema by the backend.
 */
class ChargePointCertificateTest extends EngineScenario {

    static final StationIdentity SERIAL = new StationIdentity("ACME", "Wallbox", "SN-7,+\"x\"", null, null, null,
            null, null, null);

    private final List<VirtualTimeScheduler> clocks = new ArrayList<>();
    private Issued csmsRoot;
    private ChargePoint chargePoint;

    @AfterEach
    void disposeClocks() {
        clocks.forEach(VirtualTimeScheduler::dispose);
    }

    @BeforeEach
    void rootInstalled() throws Exception {
        config.set("CpoName", "Power, Inc.");
        chargePoint = bootAccepted(T0, 86_400, SERIAL);
        answerStatus();
        answerStatus();
        csmsRoot = TestCertificates.root("CSMS Root", BigInteger.ONE);
        backend.receive(new InstallCertificateRequest(CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE, csmsRoot.pem()));
    }

    /** ExtendedTriggerMessage SignChargePointCertificate; the CSR of the SignCertificate it brings (answered). */
    static String triggerCsr(RecordingClient client) {
        assertThat(client.receive(new ExtendedTriggerMessageRequest(
                ExtendedMessageTrigger.SIGN_CHARGE_POINT_CERTIFICATE, null)).status())
                .isEqualTo(TriggerMessageStatus.ACCEPTED);
        var sent = client.find(SignCertificateRequest.class);
        sent.answer(new SignCertificateConfirmation(GenericStatus.ACCEPTED));
        return sent.<SignCertificateRequest>request().csr();
    }

    static PKCS10CertificationRequest parse(String csr) throws Exception {
        try (PEMParser parser = new PEMParser(new StringReader(csr))) {
            return (PKCS10CertificationRequest) parser.readObject();
        }
    }

    private static String value(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        assertThat(rdns).as(type.getId()).hasSize(1);
        return ((ASN1String) rdns[0].getFirst().getValue()).getString();
    }

    private CertificateSignedStatus signed(String chain) {
        return backend.receive(new CertificateSignedRequest(chain)).status();
    }

    private ChargePointCertificates certificates() {
        return chargePoint.security().chargePointCertificates();
    }

    @Test
    void theCsrNamesTheSerialAndCpoNameAndIsSignedWithANewP256Key() throws Exception {
        PKCS10CertificationRequest request = parse(triggerCsr(backend));

        X500Name subject = request.getSubject();
        assertThat(value(subject, BCStyle.CN)).isEqualTo("SN-7,+\"x\"");
        assertThat(value(subject, BCStyle.O)).isEqualTo("Power, Inc.");
        assertThat(subject.getRDNs()).as("the commas are escaped, not new attributes").hasSize(2);
        PublicKey key = new JcaPEMKeyConverter().getPublicKey(request.getSubjectPublicKeyInfo());
        assertThat(((ECPublicKey) key).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))).isTrue();
        assertThat(parse(triggerCsr(backend)).getSubjectPublicKeyInfo()).as("a new key each time")
                .isNotEqualTo(request.getSubjectPublicKeyInfo());
    }

    @Test
    void aChainSignedForTheRequestIsAcceptedAndUsedFromThenOn() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        certificates().onChange(changes::incrementAndGet);
        assertThat(certificates().current()).isEmpty();
        Issued subCa = TestCertificates.issued("CSMS Sub CA", BigInteger.TWO, csmsRoot, true);
        String csr = triggerCsr(backend);
        X509CertificateHolder leaf = TestCertificates.sign(csr, subCa, BigInteger.valueOf(42));

        assertThat(signed(TestCertificates.pem(leaf, subCa.certificate()))).isEqualTo(CertificateSignedStatus.ACCEPTED);

        assertThat(changes).hasValue(1);
        ChargePointCertificates.Credentials now = certificates().current().orElseThrow();
        assertThat(now.chain()).hasSize(2);
        assertThat(now.leaf().getSerialNumber()).isEqualTo(BigInteger.valueOf(42));
        assertThat(now.leaf().getPublicKey().getEncoded())
                .isEqualTo(parse(csr).getSubjectPublicKeyInfo().getEncoded());
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(now.key());
        signature.update(new byte[] {1, 2, 3});
        byte[] signed = signature.sign();
        signature.initVerify(now.leaf().getPublicKey());
        signature.update(new byte[] {1, 2, 3});
        assertThat(signature.verify(signed)).as("the private key is the leaf's").isTrue();
        assertThat(signed(TestCertificates.pem(leaf, subCa.certificate()))).as("the request is answered already")
                .isEqualTo(CertificateSignedStatus.REJECTED);
        assertThat(changes).hasValue(1);
    }

    @Test
    void withoutAPendingRequestCertificateSignedIsRejected() throws Exception {
        Issued leaf = TestCertificates.issued("CP", BigInteger.TEN, csmsRoot, false);
        assertThat(signed(leaf.pem())).isEqualTo(CertificateSignedStatus.REJECTED);
        assertThat(certificates().current()).isEmpty();
    }

    @Test
    void aChainLongerThanCertificateSignedMaxChainSizeIsRejected() throws Exception {
        X509CertificateHolder leaf = TestCertificates.sign(triggerCsr(backend), csmsRoot, BigInteger.TEN);
        String chain = TestCertificates.pem(leaf, csmsRoot.certificate());
        config.set("CertificateSignedMaxChainSize", String.valueOf(chain.length() - 1));

        assertThat(signed(chain)).isEqualTo(CertificateSignedStatus.REJECTED);
        assertThat(certificates().current()).isEmpty();
        config.set("CertificateSignedMaxChainSize", String.valueOf(chain.length()));
        assertThat(signed(chain)).as("the request is still pending").isEqualTo(CertificateSignedStatus.ACCEPTED);
    }

    @Test
    void aStationWithoutSerialNumberNamesItsChargeBoxIdentity() throws Exception {
        RecordingClient other = new RecordingClient();
        Configuration configuration = new Configuration(new KeyCatalogue(1), store);
        configuration.set("ChargeBoxIdentity", "CP-0042");
        new ChargePoint(other, station, configuration, store, time,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null)).start();

        assertThat(value(parse(triggerCsr(other)).getSubject(), BCStyle.CN)).isEqualTo("CP-0042");
    }

    @Test
    void thePendingKeyAndTheInstalledCertificateSurviveRestarts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("engine.db");
        String csr;
        try (EngineStore sqlite = SqliteEngineStore.open(file)) {
            RecordingClient first = started(sqlite).client;
            first.receive(new InstallCertificateRequest(CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE,
                    csmsRoot.pem()));
            csr = triggerCsr(first);
            sqlite.flush();
        }
        X509CertificateHolder leaf = TestCertificates.sign(csr, csmsRoot, BigInteger.valueOf(77));
        try (EngineStore sqlite = SqliteEngineStore.open(file)) {
            Started restarted = started(sqlite);
            assertThat(restarted.client.receive(new CertificateSignedRequest(TestCertificates.pem(leaf))).status())
                    .isEqualTo(CertificateSignedStatus.ACCEPTED);
            sqlite.flush();
        }
        try (EngineStore sqlite = SqliteEngineStore.open(file)) {
            Started again = started(sqlite);
            again.time.advanceTime();
            var current = again.chargePoint.security().chargePointCertificates().current().orElseThrow();
            assertThat(current.leaf().getSerialNumber()).isEqualTo(BigInteger.valueOf(77));
            assertThat(current.leaf().getPublicKey().getEncoded())
                    .isEqualTo(parse(csr).getSubjectPublicKeyInfo().getEncoded());
        }
    }

    @Test
    void renewalAsksForANewCertificateWhenTheWindowBeginsThenDailyAlsoAcrossARestart(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("engine.db");
        Instant windowStart = T0.plus(Duration.ofDays(30)); // 395 days of validity: the window is 30 days, not 39.5
        try (EngineStore sqlite = SqliteEngineStore.open(file)) {
            Started first = started(sqlite);
            first.client.receive(new InstallCertificateRequest(CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE,
                    csmsRoot.pem()));
            X509CertificateHolder leaf = TestCertificates.sign(triggerCsr(first.client), csmsRoot,
                    BigInteger.valueOf(5), T0.minus(Duration.ofDays(335)), T0.plus(Duration.ofDays(60)));
            assertThat(first.client.receive(new CertificateSignedRequest(TestCertificates.pem(leaf))).status())
                    .isEqualTo(CertificateSignedStatus.ACCEPTED);

            first.time.advanceTimeBy(Duration.ofDays(30).minusHours(1));
            assertThat(first.client.takeAll(SignCertificateRequest.class)).as("before the window").isEmpty();
            first.time.advanceTimeBy(Duration.ofHours(1));
            assertThat(first.client.takeAll(SignCertificateRequest.class)).hasSize(1);
            assertThat(first.chargePoint.clock().now()).isEqualTo(windowStart);
            first.time.advanceTimeBy(Duration.ofHours(2));
            assertThat(first.client.takeAll(SignCertificateRequest.class)).as("once a day").isEmpty();
            sqlite.flush();
        }
        try (EngineStore sqlite = SqliteEngineStore.open(file)) {
            Started restarted = started(sqlite, windowStart.plus(Duration.ofHours(2)));
            restarted.time.advanceTimeBy(Duration.ofHours(21));
            assertThat(restarted.client.takeAll(SignCertificateRequest.class)).as("not again after the restart")
                    .isEmpty();
            restarted.time.advanceTimeBy(Duration.ofHours(1));
            assertThat(restarted.client.takeAll(SignCertificateRequest.class)).as("the next day").hasSize(1);
            assertThat(restarted.chargePoint.clock().now()).isEqualTo(windowStart.plus(Duration.ofDays(1)));
        }
    }

    record Started(RecordingClient client, ChargePoint chargePoint, VirtualTimeScheduler time) {
    }

    /** A charge point on {@code engineStore}, booted at the scenarios' backend time; its handlers answer. */
    private Started started(EngineStore engineStore) {
        return started(engineStore, T0);
    }

    /** A charge point on {@code engineStore} booted at {@code at}, which is its virtual time's zero. */
    private Started started(EngineStore engineStore, Instant at) {
        RecordingClient client = new RecordingClient();
        VirtualTimeScheduler clock = VirtualTimeScheduler.create();
        clocks.add(clock);
        ChargePoint started = new ChargePoint(client, station, new Configuration(new KeyCatalogue(1), engineStore),
                engineStore, clock, SERIAL);
        started.start();
        client.connected(true);
        client.next(BootNotificationRequest.class)
                .answer(new BootNotificationConfirmation(RegistrationStatus.ACCEPTED, at, 86_400));
        return new Started(client, started, clock);
    }
}
