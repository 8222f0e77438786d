package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.message.security.CertificateSignedRequest;
import io.reactiveocpp.codec.message.security.InstallCertificateRequest;
import io.reactiveocpp.codec.message.security.SignCertificateConfirmation;
import io.reactiveocpp.codec.message.security.SignCertificateRequest;
import io.reactiveocpp.codec.type.CertificateSignedStatus;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.codec.type.GenericStatus;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.StationIdentity;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.handler.Inbound;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.engine.testing.TestCertificates;
import io.reactiveocpp.engine.testing.TestCertificates.Issued;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CertificateSigned refused (security whitepaper A02/A03): Rejected, the current certificate kept, and the security
 * event InvalidChargePointCertificate reported through the {@link SecurityEventSink} (a recording one here). The
 * certificate handlers alone, on a recording backend in virtual time (ExtendedTriggerMessage is not played here).
 */
class CertificateSignedTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final RecordingClient backend = new RecordingClient();
    private final MemoryEngineStore store = new MemoryEngineStore();
    private SecurityHandlers security;
    private Issued csmsRoot;

    @BeforeEach
    void started() throws Exception {
        time.advanceTimeTo(NOW);
        Configuration config = new Configuration(new KeyCatalogue(1), store);
        security = new SecurityHandlers(backend, config, store, new EngineClock(time), time,
                new StationIdentity("ACME", "Wallbox", "SN-1", null, null, null, null, null, null));
        security.start(new Inbound(backend, time), time, null, Reason.POWER_LOSS);
        csmsRoot = TestCertificates.root("CSMS Root", BigInteger.ONE);
        backend.receive(new InstallCertificateRequest(CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE, csmsRoot.pem()));
    }

    @AfterEach
    void disposeTime() {
        time.dispose();
    }

    /** The InvalidChargePointCertificate events queued for the backend, as "type: techInfo". */
    private List<String> events() {
        return backend.securityEventRequests().stream().filter(e -> e.type().equals("InvalidChargePointCertificate"))
                .map(e -> e.type() + ": " + e.techInfo()).toList();
    }

    /** The charge point asks for a certificate; the CSR it sent, answered Accepted. */
    private String requested() {
        security.signing().request();
        var sent = backend.next(SignCertificateRequest.class);
        sent.answer(new SignCertificateConfirmation(GenericStatus.ACCEPTED));
        return sent.<SignCertificateRequest>request().csr();
    }

    private CertificateSignedStatus signed(String chain) {
        return backend.receive(new CertificateSignedRequest(chain)).status();
    }

    @Test
    void aChainOfARootThatIsNotInstalledIsRejectedAndReported() throws Exception {
        String csr = requested();
        Issued foreign = TestCertificates.root("Mallory Root", BigInteger.TWO);

        assertThat(signed(TestCertificates.pem(TestCertificates.sign(csr, foreign, BigInteger.TEN))))
                .isEqualTo(CertificateSignedStatus.REJECTED);

        assertThat(events()).singleElement().asString().startsWith("InvalidChargePointCertificate: ")
                .contains("Mallory Root", "no installed root");
        assertThat(security.chargePointCertificates().current()).isEmpty();
        assertThat(signed(TestCertificates.pem(TestCertificates.sign(csr, csmsRoot, BigInteger.TEN))))
                .as("the request still pending").isEqualTo(CertificateSignedStatus.ACCEPTED);
        assertThat(events()).hasSize(1);
    }

    @Test
    void aCertificateForAnotherKeyIsRejectedAndReported() throws Exception {
        requested();
        String otherCsr = CertificateRequests.csr(CertificateRequests.newKeyPair(), new X500Name("CN=SN-1"));

        assertThat(signed(TestCertificates.pem(TestCertificates.sign(otherCsr, csmsRoot, BigInteger.TEN))))
                .isEqualTo(CertificateSignedStatus.REJECTED);
        assertThat(events()).singleElement().asString().contains("not for the key of the charge point's request");
    }

    @Test
    void anExpiredCertificateIsRejectedAndReported() throws Exception {
        String csr = requested();
        var expired = TestCertificates.sign(csr, csmsRoot, BigInteger.TEN, Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(signed(TestCertificates.pem(expired))).isEqualTo(CertificateSignedStatus.REJECTED);
        assertThat(events()).singleElement().asString().contains("is not valid at 2026-11-25T12:00:00Z");
    }

    @Test
    void withoutARequestOrWithGarbageItIsRejectedAndReported() throws Exception {
        Issued leaf = TestCertificates.issued("SN-1", BigInteger.TEN, csmsRoot, false);
        assertThat(signed(leaf.pem())).isEqualTo(CertificateSignedStatus.REJECTED);
        requested();
        assertThat(signed("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"))
                .isEqualTo(CertificateSignedStatus.REJECTED);
        assertThat(events()).containsExactly("InvalidChargePointCertificate: no SignCertificate is pending",
                events().get(1));
        assertThat(events().get(1)).startsWith("InvalidChargePointCertificate: not a PEM X.509 certificate");
    }
}
