package io.reactiveocpp.engine;

import eu.chargetime.ocpp.feature.profile.securityext.ServerSecurityExtEventHandler;
import eu.chargetime.ocpp.feature.profile.securityext.ServerSecurityExtProfile;
import eu.chargetime.ocpp.model.securityext.CertificateSignedConfirmation;
import eu.chargetime.ocpp.model.securityext.ExtendedTriggerMessageConfirmation;
import eu.chargetime.ocpp.model.securityext.InstallCertificateConfirmation;
import eu.chargetime.ocpp.model.securityext.LogStatusNotificationConfirmation;
import eu.chargetime.ocpp.model.securityext.LogStatusNotificationRequest;
import eu.chargetime.ocpp.model.securityext.SecurityEventNotificationConfirmation;
import eu.chargetime.ocpp.model.securityext.SecurityEventNotificationRequest;
import eu.chargetime.ocpp.model.securityext.SignCertificateConfirmation;
import eu.chargetime.ocpp.model.securityext.SignCertificateRequest;
import eu.chargetime.ocpp.model.securityext.SignedFirmwareStatusNotificationConfirmation;
import eu.chargetime.ocpp.model.securityext.SignedFirmwareStatusNotificationRequest;
import eu.chargetime.ocpp.model.securityext.types.CertificateSignedStatusEnumType;
import eu.chargetime.ocpp.model.securityext.types.CertificateStatusEnumType;
import eu.chargetime.ocpp.model.securityext.types.CertificateUseEnumType;
import eu.chargetime.ocpp.model.securityext.types.GenericStatusEnumType;
import eu.chargetime.ocpp.model.securityext.types.MessageTriggerEnumType;
import eu.chargetime.ocpp.model.securityext.types.TriggerMessageStatusEnumType;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.SqliteEngineStore;
import io.reactiveocpp.engine.testing.FakeStation;
import io.reactiveocpp.engine.testing.TestCertificates;
import io.reactiveocpp.engine.testing.TestCertificates.Issued;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.queue.SqliteQueueStore;
import io.reactiveocpp.session.queue.StoreWriter;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Update Charge Point Certificate against a real, independent central system: Java-OCA-OCPP 1.1.0's JSON server with
 * its security extension profile on 127.0.0.1, through the real session. The server installs its root, asks for a
 * certificate with ExtendedTriggerMessage, gets the SignCertificate, signs the CSR and sends CertificateSigned.
 */
class CertificateSigningEndToEndTest {

    @TempDir
    Path dir;

    /** The security extension's CALLs of the charge point: SignCertificate is kept, the others answered. */
    private static final class SecurityHandler implements ServerSecurityExtEventHandler {
        final BlockingQueue<String> csrs = new LinkedBlockingQueue<>();

        @Override
        public SignCertificateConfirmation handleSignCertificateRequest(UUID session, SignCertificateRequest request) {
            csrs.add(request.getCsr());
            return new SignCertificateConfirmation(GenericStatusEnumType.Accepted);
        }

        @Override
        public LogStatusNotificationConfirmation handleLogStatusNotificationRequest(UUID session,
                                                                                   LogStatusNotificationRequest r) {
            return new LogStatusNotificationConfirmation();
        }

        @Override
        public SecurityEventNotificationConfirmation handleSecurityEventNotificationRequest(
                UUID session, SecurityEventNotificationRequest r) {
            return new SecurityEventNotificationConfirmation();
        }

        @Override
        public SignedFirmwareStatusNotificationConfirmation handleSignedFirmwareStatusNotificationRequest(
                UUID session, SignedFirmwareStatusNotificationRequest r) {
            return new SignedFirmwareStatusNotificationConfirmation();
        }
    }

    @Test
    void signCertificateAndCertificateSignedAgainstJavaOcaOcpp() throws Exception {
        Scheduler sessionThread = Schedulers.newSingle("session");
        Scheduler engineThread = Schedulers.newSingle("engine");
        StoreWriter queue = new StoreWriter(SqliteQueueStore.open(dir.resolve("queue.db")), "queue-store");
        SqliteEngineStore engineStore = SqliteEngineStore.open(dir.resolve("engine.db"));
        SecurityHandler handler = new SecurityHandler();
        ServerSecurityExtProfile security = new ServerSecurityExtProfile(handler);
        try (JavaOcaBackend backend = new JavaOcaBackend()) {
            backend.addFeatureProfile(security);
            OcppSession session = OcppSession.builder(SessionConfig.builder(backend.url(), "CP-CERT")
                    .pingInterval(Duration.ofSeconds(1)).build(), queue, sessionThread).build();
            Configuration config = new Configuration(new KeyCatalogue(1), engineStore);
            config.set("CpoName", "Power, Inc.");
            ChargePoint chargePoint = new ChargePoint(session, new FakeStation(1), config, engineStore, engineThread,
                    new StationIdentity("ACME", "Wallbox 22", "SN-7", null, "0.1.0", null, null, null, null));
            chargePoint.start();
            session.start().block(Duration.ofSeconds(10));
            backend.await(eu.chargetime.ocpp.model.core.StatusNotificationRequest.class, 2);
            Issued root = TestCertificates.root("CSMS Root", BigInteger.ONE);

            var installed = (InstallCertificateConfirmation) backend.send(security.createInstallCertificateRequest(
                    CertificateUseEnumType.CentralSystemRootCertificate, root.pem()));
            assertThat(installed.getStatus()).isEqualTo(CertificateStatusEnumType.Accepted);
            var triggered = (ExtendedTriggerMessageConfirmation) backend.send(
                    security.createExtendedTriggerMessageRequest(MessageTriggerEnumType.SignChargePointCertificate));
            assertThat(triggered.getStatus()).isEqualTo(TriggerMessageStatusEnumType.Accepted);
            String csr = handler.csrs.poll(10, TimeUnit.SECONDS);
            assertThat(csr).as("SignCertificate").isNotNull();
            var leaf = TestCertificates.sign(csr, root, BigInteger.valueOf(99));
            var signed = (CertificateSignedConfirmation) backend.send(
                    security.createCertificateSignedRequest(TestCertificates.pem(leaf, root.certificate())));

            assertThat(signed.getStatus()).isEqualTo(CertificateSignedStatusEnumType.Accepted);
            var current = chargePoint.security().chargePointCertificates().current().orElseThrow();
            assertThat(current.leaf().getSerialNumber()).isEqualTo(BigInteger.valueOf(99));
            // RFC 2253 writes the last RDN first
            assertThat(current.leaf().getSubjectX500Principal().getName()).isEqualTo("O=Power\\, Inc.,CN=SN-7");
            session.stop().block(Duration.ofSeconds(5));
        } finally {
            queue.close();
            engineStore.close();
            sessionThread.dispose();
            engineThread.dispose();
        }
    }
}
