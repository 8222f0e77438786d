package io.reactiveocpp.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContextBuilder;
import io.reactiveocpp.codec.type.Reason;
import io.reactiveocpp.session.testing.TestCertificates;
import io.reactiveocpp.session.testing.TestCertificates.Issued;
import io.reactiveocpp.session.testing.WsTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole of the security whitepaper's certificate path, through the running charge point against a TLS WebSocket
 * server on 127.0.0.1 (certificates made by Bouncy Castle): connected with SecurityProfile 2, the backend installs
 * its root, triggers SignChargePointCertificate, signs the CSR and sends CertificateSigned; raising SecurityProfile
 * to 3 then reconnects with that very certificate (mutual TLS) and without Basic authentication.
 */
class SignedCertificateProfile3Test {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Issued ROOT = TestCertificates.root("Test CSMS Root");
    private static final Issued CSMS = ROOT.issue("127.0.0.1", List.of("localhost"), List.of("127.0.0.1"));

    @TempDir
    Path dir;
    private WsTestServer server;
    private ChargePointRuntime runtime;
    private final BlockingQueue<String> csrs = new LinkedBlockingQueue<>();

    @AfterEach
    void tearDown() {
        if (runtime != null) {
            runtime.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The backend: SignCertificate Accepted (its CSR kept), everything else as {@link WsTestServer#BACKEND}. */
    private void onText(WsTestServer.Peer peer, String text) {
        JsonNode frame = WsTestServer.parse(text);
        if (frame != null && frame.path(0).asInt() == 2 && "SignCertificate".equals(frame.path(2).asText())) {
            csrs.add(frame.path(3).path("csr").asText());
            peer.send("[3,\"" + frame.path(1).asText() + "\",{\"status\":\"Accepted\"}]");
            return;
        }
        WsTestServer.BACKEND.onText(peer, text);
    }

    /** Sends a CALL of the backend and returns the payload of its CALLRESULT. */
    private static JsonNode call(WsTestServer.Peer peer, String id, String action, Map<String, String> payload)
            throws Exception {
        ArrayNode frame = JSON.createArrayNode().add(2).add(id).add(action);
        frame.add(JSON.valueToTree(payload));
        peer.send(frame.toString());
        String answer = peer.awaitText(t -> t.startsWith("[3,\"" + id + "\"") || t.startsWith("[4,\"" + id + "\""),
                WAIT);
        JsonNode parsed = WsTestServer.parse(answer);
        assertThat(parsed.path(0).asInt()).as(answer).isEqualTo(3);
        return parsed.path(2);
    }

    @Test
    void aCertificateSignedOverOcppIsTheOneProfile3ConnectsWith() throws Exception {
        server = WsTestServer.tls(SslContextBuilder.forServer(CSMS.key(), CSMS.certificate(), ROOT.certificate())
                .trustManager(ROOT.certificate()).clientAuth(ClientAuth.OPTIONAL).build()).responder(this::onText);
        String url = server.url().replace("wss://", "ws://"); // profiles 2 and 3 take it as wss://
        Settings settings = new Settings("CP-SIGNED", url, dir.resolve("data"), 0, "127.0.0.1", "sim", 1, null,
                "in-process", "reactive-ocpp", "test",
                Map.of("AuthorizationKey", "a password", "SecurityProfile", "2", "CpoName", "ACME CPO"), 1, null,
                List.of(), Settings.DEFAULT_LOGS_MAX_TOTAL_SIZE,
                new TlsFiles(ROOT.writeCertificate(dir.resolve("ca.pem")), null, null));
        runtime = new ChargePointRuntime(settings, url, new SimpleMeterRegistry(), () -> { });
        runtime.start(Reason.POWER_LOSS);

        WsTestServer.Peer first = server.awaitConnection(WAIT);
        assertThat(first.upgrade.headers()).containsKey("authorization");
        assertThat(first.upgrade.clientCertificate()).as("profile 2 presents no certificate").isNull();
        first.awaitText(t -> t.contains("\"BootNotification\""), WAIT);

        String rootPem = Files.readString(dir.resolve("ca.pem"));
        assertThat(call(first, "i1", "InstallCertificate", Map.of("certificateType", "CentralSystemRootCertificate",
                "certificate", rootPem)).path("status").asText()).isEqualTo("Accepted");
        assertThat(call(first, "i2", "ExtendedTriggerMessage", Map.of("requestedMessage", "SignChargePointCertificate"))
                .path("status").asText()).isEqualTo("Accepted");
        String csr = csrs.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(csr).as("the SignCertificate's CSR").startsWith("-----BEGIN CERTIFICATE REQUEST-----");
        assertThat(call(first, "i3", "CertificateSigned", Map.of("certificateChain", ROOT.signRequest(csr)))
                .path("status").asText()).isEqualTo("Accepted");

        assertThat(call(first, "i4", "ChangeConfiguration", Map.of("key", "SecurityProfile", "value", "3"))
                .path("status").asText()).isEqualTo("Accepted");

        WsTestServer.Peer second = server.awaitConnection(WAIT);
        assertThat(second.upgrade.headers()).as("profile 3 sends no Basic authentication")
                .doesNotContainKey("authorization");
        assertThat(second.upgrade.clientCertificate()).as("the certificate CertificateSigned installed")
                .contains("CN=CP-SIGNED").contains("O=ACME CPO");
        assertThat(runtime.configuration().value("SecurityProfile")).isEqualTo("3");
    }
}
