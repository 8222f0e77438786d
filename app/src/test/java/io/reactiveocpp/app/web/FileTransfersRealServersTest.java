package io.reactiveocpp.app.web;

import eu.chargetime.ocpp.model.firmware.DiagnosticsStatus;
import eu.chargetime.ocpp.model.firmware.DiagnosticsStatusNotificationRequest;
import eu.chargetime.ocpp.model.firmware.FirmwareStatus;
import eu.chargetime.ocpp.model.firmware.FirmwareStatusNotificationRequest;
import eu.chargetime.ocpp.model.firmware.GetDiagnosticsConfirmation;
import eu.chargetime.ocpp.model.firmware.GetDiagnosticsRequest;
import eu.chargetime.ocpp.model.firmware.UpdateFirmwareRequest;
import io.reactiveocpp.app.transfer.TestFtpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Firmware Management through the service's real transfers against real servers on 127.0.0.1 (issue 14), driven by
 * Java-OCA-OCPP's server: GetDiagnostics uploads its archive to Apache FtpServer; an UpdateFirmware whose image is
 * missing (404) ends in DownloadFailed after exactly its retries, with no partial file left.
 */
class FileTransfersRealServersTest {

    @TempDir
    Path dir;
    TestStation station;
    TestFtpServer ftp;
    DisposableServer http;
    final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve("ftp/uploads"));
        ftp = new TestFtpServer(dir.resolve("ftp"), null);
        http = HttpServer.create().host("127.0.0.1").port(0)
                .handle((request, response) -> {
                    requests.add(request.method() + " " + request.uri());
                    return response.status(404).send();
                })
                .bindNow();
        station = TestStation.start(dir.resolve("station"));
    }

    @AfterEach
    void stop() throws Exception {
        if (station != null) {
            station.close();
        }
        ftp.close();
        http.disposeNow();
    }

    @Test
    void getDiagnosticsUploadsTheArchiveToAnFtpServer() throws Exception {
        var request = new GetDiagnosticsRequest("ftp://" + TestFtpServer.USER + ":" + TestFtpServer.PASSWORD
                + "@127.0.0.1:" + ftp.port() + "/uploads/");
        var answer = (GetDiagnosticsConfirmation) station.backend.send(request);
        assertThat(answer.getFileName()).startsWith("diagnostics-CP-WEB-").endsWith(".zip");

        station.backend.await(DiagnosticsStatusNotificationRequest.class, 2, 20);
        assertThat(station.backend.received).filteredOn(DiagnosticsStatusNotificationRequest.class::isInstance)
                .extracting(r -> ((DiagnosticsStatusNotificationRequest) r).getStatus())
                .containsExactly(DiagnosticsStatus.Uploading, DiagnosticsStatus.Uploaded);
        Path uploaded = dir.resolve("ftp/uploads").resolve(answer.getFileName());
        assertThat(uploaded).exists();
        List<String> entries = new ArrayList<>();
        String configuration = null;
        StringBuilder everything = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(uploaded))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.add(entry.getName());
                String text = read(zip);
                everything.append(text);
                if (entry.getName().equals("configuration.txt")) {
                    configuration = text;
                }
            }
        }
        assertThat(entries).contains("log.txt", "configuration.txt", "queue.txt", "status.txt");
        // (that a set AuthorizationKey reads <removed> is DiagnosticsTest's; this station has none)
        assertThat(configuration).contains("HeartbeatInterval=").contains("BackendUrl=ws://127.0.0.1:");
        assertThat(everything.toString()).doesNotContain(TestStation.DEFAULT_PASSWORD);
        assertThat(ftp.commands).contains("STOR " + answer.getFileName());
        assertThat(Files.list(dir.resolve("station/files/diagnostics")).toList()).as("deleted after the upload")
                .isEmpty();
    }

    @Test
    void aMissingImageEndsInDownloadFailedAfterItsRetriesWithNoFileLeft() throws Exception {
        var update = new UpdateFirmwareRequest("http://127.0.0.1:" + http.port() + "/firmware/fw.bin",
                ZonedDateTime.now());
        update.setRetries(1);
        update.setRetryInterval(1);
        station.backend.send(update);

        station.backend.await(FirmwareStatusNotificationRequest.class, 2, 20);
        assertThat(station.backend.received).filteredOn(FirmwareStatusNotificationRequest.class::isInstance)
                .extracting(r -> ((FirmwareStatusNotificationRequest) r).getStatus())
                .containsExactly(FirmwareStatus.Downloading, FirmwareStatus.DownloadFailed);
        assertThat(requests).as("the first attempt and one retry").containsExactly(
                "GET /firmware/fw.bin", "GET /firmware/fw.bin");
        Path firmware = dir.resolve("station/files/firmware");
        assertThat(!Files.exists(firmware) || Files.list(firmware).findAny().isEmpty()).as("no partial file").isTrue();
        assertThat(station.status().at("/registration").asText()).isEqualTo("ACCEPTED");
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
