package io.reactiveocpp.app;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.ChangeConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.ChangeConfigurationRequest;
import eu.chargetime.ocpp.model.core.ConfigurationStatus;
import eu.chargetime.ocpp.model.core.GetConfigurationConfirmation;
import eu.chargetime.ocpp.model.core.GetConfigurationRequest;
import eu.chargetime.ocpp.model.core.ResetConfirmation;
import eu.chargetime.ocpp.model.core.ResetRequest;
import eu.chargetime.ocpp.model.core.ResetStatus;
import eu.chargetime.ocpp.model.core.ResetType;
import io.reactiveocpp.engine.store.SqliteEngineStore;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a backend sets and nothing left in the data directory or the file can stop the service from starting
 * (issue 11, part 1), and a key the backend set wins over the file's initial value (part 2). The service runs as
 * a process of its own ({@link ServiceProcess}) against Java-OCA-OCPP's server on 127.0.0.1.
 */
class ConfigurationSafetyTest {

    @TempDir
    Path dir;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<JavaOcaBackend> backends = new ArrayList<>();

    @AfterEach
    void tearDown() {
        services.forEach(ServiceProcess::close);
        backends.forEach(JavaOcaBackend::close);
    }

    /** Each of these was once answered Accepted, stored, and then stopped every start with "configuration error". */
    @Test
    void unusableConnectionValuesAreRejectedAndTheStationBootsAgainAfterAReset() throws Exception {
        JavaOcaBackend backend = backend();
        ServiceProcess service = start(backend, "CP-SAFE-1", null);
        backend.await(BootNotificationRequest.class, 1, 20);

        assertThat(change(backend, "WebSocketProxy", "h:x")).isEqualTo(ConfigurationStatus.Rejected);
        assertThat(change(backend, "WebSocketProxy", "proxy.example:99999")).isEqualTo(ConfigurationStatus.Rejected);
        assertThat(change(backend, "BackendUrl", "")).isEqualTo(ConfigurationStatus.Rejected);
        assertThat(change(backend, "BackendUrl", "ws://user:pw@127.0.0.1:" + backend.port)).isEqualTo(ConfigurationStatus.Rejected);
        assertThat(change(backend, "TlsServerVerification", "none")).isEqualTo(ConfigurationStatus.Rejected);

        ResetConfirmation reset = (ResetConfirmation) backend.send(new ResetRequest(ResetType.Soft));
        assertThat(reset.getStatus()).isEqualTo(ResetStatus.Accepted);
        backend.await(BootNotificationRequest.class, 2, 30);
        assertThat(service.alive()).isTrue();
        assertThat(service.status().get("ignoredConfiguration")).isEmpty();
    }

    /** An older version's stored value and a hand-edited file: ignored with one WARN each, shown, and the service runs. */
    @Test
    void aStoredOrFileValueThatCannotBeUsedIsIgnoredAndShownAndTheServiceRuns() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (SqliteEngineStore store = SqliteEngineStore.open(data.resolve("engine.db"))) {
            store.put("config", "WebSocketProxy", "h:x"); // as a version without the proxy rule stored it
            store.flush();
        }
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, """
                ocpp:
                  HeartbeatInterval: soon
                  MeterValueSampleInterval: 30
                """);
        JavaOcaBackend backend = backend();
        ServiceProcess service = start(backend, "CP-SAFE-2", config);
        backend.await(BootNotificationRequest.class, 1, 20);

        JsonNode ignored = service.status().get("ignoredConfiguration");
        assertThat(ignored).hasSize(2);
        assertThat(ignored.get(0).get("key").asText()).isEqualTo("WebSocketProxy");
        assertThat(ignored.get(0).get("source").asText()).isEqualTo("stored");
        assertThat(ignored.get(0).get("used").asText()).isEmpty();
        assertThat(ignored.get(1).get("key").asText()).isEqualTo("HeartbeatInterval");
        assertThat(ignored.get(1).get("value").asText()).isEqualTo("soon");
        assertThat(ignored.get(1).get("reason").asText()).contains("HeartbeatInterval must be a whole number");
        assertThat(service.log()).containsOnlyOnce("ignoring WebSocketProxy = 'h:x'")
                .containsOnlyOnce("ignoring HeartbeatInterval = 'soon'");
        GetConfigurationConfirmation read = (GetConfigurationConfirmation) backend.send(
                new GetConfigurationRequest());
        assertThat(read.getUnknownKey()).as("every key readable, the write-only one left out").isNullOrEmpty();
        assertThat(read.getConfigurationKey()).anySatisfy(k -> {
            assertThat(k.getKey()).isEqualTo("MeterValueSampleInterval");
            assertThat(k.getValue()).isEqualTo("30");
        });
    }

    /**
     * The file's AuthorizationKey is the initial key: the backend's rotation survives a restart, a new file key wins.
     * (Java-OCA-OCPP's server takes passwords of 16 to 20 bytes only.)
     */
    @Test
    void aKeyRotatedByTheBackendOutlivesARestartUntilTheFileSaysOtherwise() throws Exception {
        JavaOcaBackend backend = backend();
        backend.requirePassword("initial-file-key-1".getBytes(StandardCharsets.UTF_8));
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "ocpp:\n  AuthorizationKey: initial-file-key-1\n");
        ServiceProcess service = start(backend, "CP-SAFE-3", config);
        awaitBoots(backend, service, 1);

        byte[] rotated = HexFormat.of().parseHex("00112233445566778899aabbccddeeff0011");
        assertThat(change(backend, "AuthorizationKey", HexFormat.of().formatHex(rotated)))
                .isEqualTo(ConfigurationStatus.Accepted);
        backend.requirePassword(rotated);
        service.stop();

        ServiceProcess restarted = start(backend, "CP-SAFE-3", config);
        awaitBoots(backend, restarted, 2);
        assertThat(restarted.status().at("/backend/phase").asText()).isEqualTo("CONNECTED");
        restarted.stop();

        Files.writeString(config, "ocpp:\n  AuthorizationKey: operators-new-key-2\n");
        backend.requirePassword("operators-new-key-2".getBytes(StandardCharsets.UTF_8));
        awaitBoots(backend, start(backend, "CP-SAFE-3", config), 3);
    }

    private static void awaitBoots(JavaOcaBackend backend, ServiceProcess service, int count) throws Exception {
        try {
            backend.await(BootNotificationRequest.class, count, 20);
        } catch (AssertionError e) {
            String log = service.log();
            throw new AssertionError(e.getMessage() + "; the service's log:\n" + log.substring(0, Math.min(log.length(), 5000)), e);
        }
    }

    private static ConfigurationStatus change(JavaOcaBackend backend, String key, String value) throws Exception {
        ChangeConfigurationRequest request = new ChangeConfigurationRequest();
        request.setKey(key);
        request.setValue(value);
        return ((ChangeConfigurationConfirmation) backend.send(request)).getStatus();
    }

    private JavaOcaBackend backend() {
        JavaOcaBackend backend = new JavaOcaBackend();
        backends.add(backend);
        return backend;
    }

    private ServiceProcess start(JavaOcaBackend backend, String id, Path config) throws IOException {
        ServiceProcess service = ServiceProcess.start(backend.url(), id, dir.resolve("data"), config,
                dir.resolve("service-" + (services.size() + 1) + ".log"));
        services.add(service);
        return service;
    }
}
