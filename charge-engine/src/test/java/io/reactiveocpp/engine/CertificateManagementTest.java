package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.security.DeleteCertificateRequest;
import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsConfirmation;
import io.reactiveocpp.codec.message.security.GetInstalledCertificateIdsRequest;
import io.reactiveocpp.codec.message.security.InstallCertificateRequest;
import io.reactiveocpp.codec.type.CertificateHashData;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.codec.type.DeleteCertificateStatus;
import io.reactiveocpp.codec.type.GetInstalledCertificateStatus;
import io.reactiveocpp.codec.type.HashAlgorithm;
import io.reactiveocpp.codec.type.InstallCertificateStatus;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.store.SqliteEngineStore;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.engine.testing.RecordingClient;
import io.reactiveocpp.engine.testing.TestCertificates;
import io.reactiveocpp.engine.testing.TestCertificates.Issued;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static io.reactiveocpp.codec.type.CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE;
import static io.reactiveocpp.codec.type.CertificateUse.MANUFACTURER_ROOT_CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificate management of the OCPP 1.6 security whitepaper (InstallCertificate, GetInstalledCertificateIds,
 * DeleteCertificate) through the engine; every answer is checked against the schema by the recording backend.
 */
class CertificateManagementTest extends EngineScenario {

    private Issued csmsRoot;
    private final List<VirtualTimeScheduler> clocks = new ArrayList<>();

    @AfterEach
    void disposeClocks() {
        clocks.forEach(VirtualTimeScheduler::dispose);
    }

    @BeforeEach
    void booted() throws Exception {
        bootedAtT0();
        // the high bit set: the DER serial has a leading zero byte that the hex serial must not show
        csmsRoot = TestCertificates.root("CSMS Root", new BigInteger("00c0ffee0123456789", 16));
    }

    private InstallCertificateStatus install(CertificateUse use, String pem) {
        return backend.receive(new InstallCertificateRequest(use, pem)).status();
    }

    private GetInstalledCertificateIdsConfirmation ids(CertificateUse use) {
        return backend.receive(new GetInstalledCertificateIdsRequest(use));
    }

    private DeleteCertificateStatus delete(CertificateHashData hashData) {
        return backend.receive(new DeleteCertificateRequest(hashData)).status();
    }

    /** The hash data as OCSP's CertID defines it, computed by Bouncy Castle's OCSP support. */
    private static CertificateHashData ocsp(Issued certificate, Issued issuer, HashAlgorithm algorithm)
            throws Exception {
        var oid = switch (algorithm) {
            case SHA256 -> NISTObjectIdentifiers.id_sha256;
            case SHA384 -> NISTObjectIdentifiers.id_sha384;
            case SHA512 -> NISTObjectIdentifiers.id_sha512;
        };
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                .get(new AlgorithmIdentifier(oid)), issuer.certificate(), certificate.certificate().getSerialNumber());
        return new CertificateHashData(algorithm, HexFormat.of().formatHex(id.getIssuerNameHash()),
                HexFormat.of().formatHex(id.getIssuerKeyHash()), id.getSerialNumber().toString(16));
    }

    @Test
    void anInstalledRootIsListedWithTheOcspHashData() throws Exception {
        assertThat(ids(CENTRAL_SYSTEM_ROOT_CERTIFICATE).status()).isEqualTo(GetInstalledCertificateStatus.NOT_FOUND);
        assertThat(install(CENTRAL_SYSTEM_ROOT_CERTIFICATE, csmsRoot.pem())).isEqualTo(InstallCertificateStatus.ACCEPTED);

        GetInstalledCertificateIdsConfirmation listed = ids(CENTRAL_SYSTEM_ROOT_CERTIFICATE);
        assertThat(listed.status()).isEqualTo(GetInstalledCertificateStatus.ACCEPTED);
        assertThat(listed.certificateHashData()).containsExactly(ocsp(csmsRoot, csmsRoot, HashAlgorithm.SHA256));
        assertThat(listed.certificateHashData().get(0).serialNumber()).isEqualTo("c0ffee0123456789");
        assertThat(ids(MANUFACTURER_ROOT_CERTIFICATE).status()).isEqualTo(GetInstalledCertificateStatus.NOT_FOUND);
        assertThat(ids(MANUFACTURER_ROOT_CERTIFICATE).certificateHashData()).isNull();
    }

    @Test
    void anIntermediateCaIsHashedWithItsIssuersNameAndKey() throws Exception {
        Issued intermediate = TestCertificates.issued("CSMS Sub CA", BigInteger.valueOf(7), csmsRoot, true);
        assertThat(install(CENTRAL_SYSTEM_ROOT_CERTIFICATE, intermediate.pem()))
                .as("its issuer is not installed: no issuer key for the hash data")
                .isEqualTo(InstallCertificateStatus.REJECTED);
        install(CENTRAL_SYSTEM_ROOT_CERTIFICATE, csmsRoot.pem());
        assertThat(install(CENTRAL_SYSTEM_ROOT_CERTIFICATE, intermediate.pem())).isEqualTo(InstallCertificateStatus.ACCEPTED);

        assertThat(ids(CENTRAL_SYSTEM_ROOT_CERTIFICATE).certificateHashData()).containsExactly(
                ocsp(csmsRoot, csmsRoot, HashAlgorithm.SHA256), ocsp(intermediate, csmsRoot, HashAlgorithm.SHA256));
    }

    @Test
    void garbageALeafAndAnExpiredRootAreRejected() throws Exception {
        Issued leaf = TestCertificates.issued("Leaf", BigInteger.TEN, csmsRoot, false);
        Issued expired = TestCertificates.root("Old Root", BigInteger.TWO, Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2021-01-01T00:00:00Z"));
        Issued notYet = TestCertificates.root("Future Root", BigInteger.TWO, Instant.parse("2030-01-01T00:00:00Z"),
                TestCertificates.TO);
        install(CENTRAL_SYSTEM_ROOT_CERTIFICATE, csmsRoot.pem());

        assertThat(install(MANUFACTURER_ROOT_CERTIFICATE, "not a certificate")).isEqualTo(InstallCertificateStatus.REJECTED);
        assertThat(install(MANUFACTURER_ROOT_CERTIFICATE, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"))
                .isEqualTo(InstallCertificateStatus.REJECTED);
        assertThat(install(MANUFACTURER_ROOT_CERTIFICATE, leaf.pem())).as("no CA").isEqualTo(InstallCertificateStatus.REJECTED);
        assertThat(install(MANUFACTURER_ROOT_CERTIFICATE, expired.pem())).isEqualTo(InstallCertificateStatus.REJECTED);
        assertThat(install(MANUFACTURER_ROOT_CERTIFICATE, notYet.pem())).isEqualTo(InstallCertificateStatus.REJECTED);
        assertThat(ids(MANUFACTURER_ROOT_CERTIFICATE).status()).isEqualTo(GetInstalledCertificateStatus.NOT_FOUND);
    }

    @Test
    void aCertificateInstalledTwiceIsListedOnce() {
        assertThat(install(CENTRAL_SYSTEM_ROOT_CERTIFICATE, csmsRoot.pem())).isEqualTo(InstallCertificateStatus.ACCEPTED);
        assertThat(install(CENTRAL_SYSTEM_ROOT_CERTIFICATE, csmsRoot.pem())).isEqualTo(InstallCertificateStatus.ACCEPTED);
        assertThat(ids(CENTRAL_SYSTEM_ROOT_CERTIFICATE).certificateHashData()).hasSize(1);
    }

    @Test
    void theStoreHoldsAtMostCertificateStoreMaxLength() throws Exception {
        assertThat(config.integer("CertificateStoreMaxLength")).isEqualTo(20);
        List<String> roots = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            roots.add(TestCertificates.root("Root " + i, BigInteger.valueOf(100 + i)).pem());
            assertThat(install(MANUFACTURER_ROOT_CERTIFICATE, roots.get(i))).isEqualTo(InstallCertificateStatus.ACCEPTED);
        }
        assertThat(install(CENTRAL_SYSTEM_ROOT_CERTIFICATE, csmsRoot.pem())).isEqualTo(InstallCertificateStatus.REJECTED);
        assertThat(install(MANUFACTURER_ROOT_CERTIFICATE, roots.get(7))).as("installed already: nothing to add")
                .isEqualTo(InstallCertificateStatus.ACCEPTED);
        assertThat(install(MANUFACTURER_ROOT_CERTIFICATE, TestCertificates.root("Root 0", BigInteger.valueOf(100))
                .pem())).as("another key: another certificate").isEqualTo(InstallCertificateStatus.REJECTED);
        assertThat(ids(MANUFACTURER_ROOT_CERTIFICATE).certificateHashData()).hasSize(20);
        assertThat(ids(CENTRAL_SYSTEM_ROOT_CERTIFICATE).status()).isEqualTo(GetInstalledCertificateStatus.NOT_FOUND);
    }

    @Test
    void deleteRemovesByHashDataButNotTheLastCsmsRoot() throws Exception {
        Issued second = TestCertificates.root("CSMS Root 2", BigInteger.valueOf(2));
        Issued manufacturer = TestCertificates.root("Manufacturer Root", BigInteger.valueOf(3));
        install(CENTRAL_SYSTEM_ROOT_CERTIFICATE, csmsRoot.pem());
        install(CENTRAL_SYSTEM_ROOT_CERTIFICATE, second.pem());
        install(MANUFACTURER_ROOT_CERTIFICATE, manufacturer.pem());

        assertThat(delete(ocsp(TestCertificates.root("Unknown", BigInteger.ONE), csmsRoot, HashAlgorithm.SHA256)))
                .isEqualTo(DeleteCertificateStatus.NOT_FOUND);
        assertThat(delete(ocsp(manufacturer, manufacturer, HashAlgorithm.SHA512))).isEqualTo(DeleteCertificateStatus.ACCEPTED);
        assertThat(ids(MANUFACTURER_ROOT_CERTIFICATE).status()).isEqualTo(GetInstalledCertificateStatus.NOT_FOUND);
        CertificateHashData secondSha384 = ocsp(second, second, HashAlgorithm.SHA384);
        assertThat(delete(new CertificateHashData(HashAlgorithm.SHA384, secondSha384.issuerNameHash().toUpperCase(),
                secondSha384.issuerKeyHash(), "0" + secondSha384.serialNumber()))).isEqualTo(DeleteCertificateStatus.ACCEPTED);
        assertThat(delete(ocsp(csmsRoot, csmsRoot, HashAlgorithm.SHA256))).as("the last CSMS root")
                .isEqualTo(DeleteCertificateStatus.FAILED);
        assertThat(ids(CENTRAL_SYSTEM_ROOT_CERTIFICATE).certificateHashData())
                .containsExactly(ocsp(csmsRoot, csmsRoot, HashAlgorithm.SHA256));
    }

    @Test
    void installedCertificatesSurviveARestartAndABrokenEntryIsSkipped(@TempDir Path dir) throws Exception {
        Issued intermediate = TestCertificates.issued("CSMS Sub CA", BigInteger.valueOf(7), csmsRoot, true);
        Issued manufacturer = TestCertificates.root("Manufacturer Root", BigInteger.valueOf(3));
        List<CertificateHashData> csms;
        try (EngineStore sqlite = SqliteEngineStore.open(dir.resolve("engine.db"))) {
            RecordingClient first = started(sqlite);
            first.receive(new InstallCertificateRequest(CENTRAL_SYSTEM_ROOT_CERTIFICATE, csmsRoot.pem()));
            first.receive(new InstallCertificateRequest(CENTRAL_SYSTEM_ROOT_CERTIFICATE, intermediate.pem()));
            first.receive(new InstallCertificateRequest(MANUFACTURER_ROOT_CERTIFICATE, manufacturer.pem()));
            csms = first.receive(new GetInstalledCertificateIdsRequest(CENTRAL_SYSTEM_ROOT_CERTIFICATE))
                    .certificateHashData();
            first.receive(new DeleteCertificateRequest(ocsp(manufacturer, manufacturer, HashAlgorithm.SHA256)));
            sqlite.put("certificates", "CentralSystemRootCertificate broken", "-----BEGIN CERTIFICATE-----\nAAAA\n");
            sqlite.put("certificates", "NoSuchUse x", csmsRoot.pem());
            sqlite.flush();
        }
        try (EngineStore sqlite = SqliteEngineStore.open(dir.resolve("engine.db"))) {
            RecordingClient restarted = started(sqlite);
            assertThat(csms).hasSize(2);
            assertThat(restarted.receive(new GetInstalledCertificateIdsRequest(CENTRAL_SYSTEM_ROOT_CERTIFICATE))
                    .certificateHashData()).containsExactlyInAnyOrderElementsOf(csms);
            assertThat(restarted.receive(new GetInstalledCertificateIdsRequest(MANUFACTURER_ROOT_CERTIFICATE)).status())
                    .isEqualTo(GetInstalledCertificateStatus.NOT_FOUND);
        }
    }

    /**
     * A charge point on {@code engineStore} whose handlers are registered (no boot needed to answer CALLs), its
     * clock at the scenarios' backend time.
     */
    private RecordingClient started(EngineStore engineStore) {
        RecordingClient client = new RecordingClient();
        VirtualTimeScheduler time = VirtualTimeScheduler.create();
        time.advanceTimeTo(T0);
        clocks.add(time);
        Configuration configuration = new Configuration(new KeyCatalogue(1), engineStore);
        new ChargePoint(client, station, configuration, engineStore, time,
                new StationIdentity("ACME", "Wallbox", null, null, null, null, null, null, null)).start();
        return client;
    }
}
