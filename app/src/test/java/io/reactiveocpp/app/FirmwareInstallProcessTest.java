package io.reactiveocpp.app;

import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.firmware.FirmwareStatus;
import eu.chargetime.ocpp.model.firmware.FirmwareStatusNotificationRequest;
import eu.chargetime.ocpp.model.firmware.UpdateFirmwareRequest;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A firmware update across a real restart of the service (issue 14): Java-OCA-OCPP's server sends UpdateFirmware
 * with an HTTP location served by the test; the service (simulated hardware, {@code restartMode: exit}) downloads
 * it, installs it, and exits for its supervisor; started again on the same data directory, it boots with the new
 * firmwareVersion and reports Installed.
 */
class FirmwareInstallProcessTest {

    @TempDir
    Path dir;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final JavaOcaBackend backend = new JavaOcaBackend();
    private DisposableServer files;

    @AfterEach
    void tearDown() {
        services.forEach(ServiceProcess::close);
        backend.close();
        if (files != null) {
            files.disposeNow();
        }
    }

    @Test
    void anUpdateDownloadsInstallsRestartsAndBootsWithTheNewVersion() throws Exception {
        // the simulator's "firmware" is a text file naming its version on its first line
        byte[] image = "2.0.0-test\nthe rest of the image\n".getBytes(StandardCharsets.UTF_8);
        files = HttpServer.create().host("127.0.0.1").port(0)
                .route(routes -> routes.get("/firmware/fw.bin", (request, response) -> response
                        .header("Content-Length", Integer.toString(image.length)).sendByteArray(Mono.just(image))))
                .bindNow();
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "restartMode: exit\n");
        Path data = dir.resolve("data");
        ServiceProcess first = start(data, config);
        BootNotificationRequest boot = backend.await(BootNotificationRequest.class, 1, 20).get(0);
        assertThat(boot.getFirmwareVersion()).isNotEqualTo("2.0.0-test");

        backend.send(new UpdateFirmwareRequest("http://127.0.0.1:" + files.port() + "/firmware/fw.bin",
                ZonedDateTime.now()));
        assertThat(first.awaitExit(Duration.ofSeconds(30))).as("exits for its supervisor to restart it")
                .isEqualTo(Main.RESTART_EXIT_CODE);
        assertThat(statuses()).containsSubsequence(FirmwareStatus.Downloading, FirmwareStatus.Downloaded,
                FirmwareStatus.Installing);

        start(data, config);
        BootNotificationRequest second = backend.await(BootNotificationRequest.class, 2, 20).get(1);
        assertThat(second.getFirmwareVersion()).isEqualTo("2.0.0-test");
        backend.await(FirmwareStatusNotificationRequest.class, 4, 20);
        assertThat(statuses()).endsWith(FirmwareStatus.Installed);
        assertThat(Files.list(data.resolve("files").resolve("firmware")).toList())
                .as("the image is not kept once installed").isEmpty();
    }

    private ServiceProcess start(Path data, Path config) throws Exception {
        ServiceProcess service = ServiceProcess.start(backend.url(), "CP-FW", data, config, dir.resolve("service.log"));
        services.add(service);
        return service;
    }

    private List<FirmwareStatus> statuses() {
        return backend.received.stream().filter(FirmwareStatusNotificationRequest.class::isInstance)
                .map(r -> ((FirmwareStatusNotificationRequest) r).getStatus()).toList();
    }
}
