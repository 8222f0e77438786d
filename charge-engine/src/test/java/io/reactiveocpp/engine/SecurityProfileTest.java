package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.ChangeConfigurationRequest;
import io.reactiveocpp.codec.message.core.GetConfigurationRequest;
import io.reactiveocpp.codec.message.security.InstallCertificateRequest;
import io.reactiveocpp.codec.type.CertificateUse;
import io.reactiveocpp.codec.type.ConfigurationStatus;
import io.reactiveocpp.codec.type.KeyValue;
import io.reactiveocpp.engine.testing.EngineScenario;
import io.reactiveocpp.engine.testing.TestCertificates;
import io.reactiveocpp.engine.testing.TestCertificates.Issued;
import io.reactiveocpp.session.AuthorizationKey;
import io.reactiveocpp.session.ClientIdentity;
import io.reactiveocpp.session.SecurityFallback;
import io.reactiveocpp.session.SessionConfig;
import io.reactiveocpp.session.TlsSettings;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SecurityProfile over ChangeConfiguration (OCPP 1.6 security whitepaper edition 3): raising it needs the profile's
 * prerequisites, lowering it is Rejected, and a fallback of the session sets it back.
 */
class SecurityProfileTest extends EngineScenario {

    private static final AuthorizationKey KEY = AuthorizationKey.fromOcppHex("00112233445566778899aabbccddeeff");
    private Issued root;

    @BeforeEach
    void booted() throws Exception {
        bootedAtT0();
        root = TestCertificates.root("CSMS Root", BigInteger.ONE);
    }

    private ConfigurationStatus change(String value) {
        return backend.receive(new ChangeConfigurationRequest("SecurityProfile", value)).status();
    }

    private void session(SessionConfig.Builder settings) {
        backend.reconfigure(settings.build());
    }

    private SessionConfig.Builder withKey() {
        return backend.config().toBuilder().authorizationKey(KEY);
    }

    private ClientIdentity identity(Instant from, Instant to) throws Exception {
        Issued leaf = from == null ? TestCertificates.issued("CP-1", BigInteger.TEN, root, false)
                : TestCertificates.root("CP-1", BigInteger.TWO, from, to);
        var converter = new JcaX509CertificateConverter();
        return new ClientIdentity(leaf.keys().getPrivate(), List.of(converter.getCertificate(leaf.certificate())));
    }

    private void installRoot() {
        assertThat(backend.receive(new InstallCertificateRequest(CertificateUse.CENTRAL_SYSTEM_ROOT_CERTIFICATE,
                root.pem())).status().literal()).isEqualTo("Accepted");
    }

    @Test
    void profile1NeedsAnAuthorizationKey() {
        assertThat(change("1")).isEqualTo(ConfigurationStatus.REJECTED);
        session(withKey());
        assertThat(change("1")).isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(config.value("SecurityProfile")).isEqualTo("1");
    }

    @Test
    void profile2NeedsACaBundleOrAnInstalledCentralSystemRoot() {
        session(withKey());
        assertThat(change("2")).as("no CA").isEqualTo(ConfigurationStatus.REJECTED);
        installRoot();
        assertThat(change("2")).isEqualTo(ConfigurationStatus.ACCEPTED);
    }

    @Test
    void aConfiguredCaBundleIsACaForProfile2() {
        session(withKey().tls(new TlsSettings(TlsSettings.ServerVerification.FULL,
                TlsSettings.CipherStrictness.ONLY_SECURE_CIPHERS, Path.of("/etc/ocpp/ca.pem"), null, null)));
        assertThat(change("2")).isEqualTo(ConfigurationStatus.ACCEPTED);
    }

    @Test
    void profile3WithoutAChargePointCertificateIsRejected() {
        installRoot();
        assertThat(change("3")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(config.value("SecurityProfile")).isEqualTo("0");
        assertThat(config.change("SecurityProfile", "3").reason()).contains("none is configured");
    }

    @Test
    void profile3WithAValidChargePointCertificateIsAccepted() throws Exception {
        installRoot();
        session(backend.config().toBuilder().tls(TlsSettings.DEFAULT.withIdentity(identity(null, null))));
        assertThat(change("3")).isEqualTo(ConfigurationStatus.ACCEPTED);
    }

    @Test
    void profile3WithAnExpiredChargePointCertificateIsRejected() throws Exception {
        installRoot();
        ClientIdentity expired = identity(Instant.parse("2020-01-01T00:00:00Z"), T0.minusSeconds(1));
        session(backend.config().toBuilder().tls(TlsSettings.DEFAULT.withIdentity(expired)));
        assertThat(change("3")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(config.change("SecurityProfile", "3").reason()).contains("not valid at " + T0);
    }

    @Test
    void aLowerProfileIsRejected() {
        session(withKey());
        installRoot();
        assertThat(change("2")).isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(change("1")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("0")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(config.change("SecurityProfile", "1").reason()).contains("no downgrade");
        assertThat(config.value("SecurityProfile")).isEqualTo("2");
    }

    @Test
    void anAuthorizationKeyWithTheKeyAt0IsProfile1SoProfile0IsNoDowngradeButNoChangeEither() {
        session(withKey());
        assertThat(change("0")).as("the value it has").isEqualTo(ConfigurationStatus.ACCEPTED);
        config.set("SecurityProfile", "1");
        assertThat(change("0")).isEqualTo(ConfigurationStatus.REJECTED);
    }

    @Test
    void aFallbackOfTheSessionSetsTheKeyBackSoGetConfigurationTellsTheTruth() {
        session(withKey());
        installRoot();
        assertThat(change("2")).isEqualTo(ConfigurationStatus.ACCEPTED);

        backend.fallBack(new SecurityFallback(2, 1, "tls", "TLS handshake failed", T0));
        time.advanceTime();

        assertThat(backend.receive(new GetConfigurationRequest(List.of("SecurityProfile"))).configurationKey())
                .containsExactly(new KeyValue("SecurityProfile", false, "1"));
    }

    @Test
    void installedCentralSystemRootsAreHandedToTheSession() throws Exception {
        installRoot();
        assertThat(backend.storeRoots()).containsExactly(new JcaX509CertificateConverter()
                .getCertificate(root.certificate()));
    }
}
