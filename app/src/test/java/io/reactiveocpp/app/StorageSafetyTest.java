package io.reactiveocpp.app;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.StatusNotificationRequest;
import io.reactiveocpp.session.testing.JavaOcaBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data directory at rest (issue 11, part 5): private to the service's user, and a database that cannot be
 * read never stops the start: it is kept aside, a new one is started, and the event is reported.
 */
class StorageSafetyTest {

    @TempDir
    Path dir;
    private final List<ServiceProcess> services = new ArrayList<>();
    private JavaOcaBackend backend;

    @AfterEach
    void tearDown() {
        services.forEach(ServiceProcess::close);
        if (backend != null) {
            backend.close();
        }
    }

    /** A child JVM: both databases corrupted while the service was down; it starts, boots, and reports both. */
    @Test
    void corruptDatabasesAreKeptAsideAndTheRestartedServiceBootsAndReportsThem() throws Exception {
        backend = new JavaOcaBackend();
        Path data = dir.resolve("data");
        ServiceProcess first = start(data);
        backend.await(BootNotificationRequest.class, 1, 20);
        first.stop();

        try (RandomAccessFile engine = new RandomAccessFile(data.resolve("engine.db").toFile(), "rw")) {
            engine.seek(0);
            engine.write("this is not an SQLite header, a disk went bad".getBytes(StandardCharsets.US_ASCII));
        }
        try (RandomAccessFile queue = new RandomAccessFile(data.resolve("queue.db").toFile(), "rw")) {
            queue.setLength(queue.length() / 2); // a write torn off by a power cut
        }

        ServiceProcess restarted = start(data);
        backend.await(BootNotificationRequest.class, 2, 20);
        JsonNode setAside = restarted.status().get("databasesSetAside");
        assertThat(setAside).extracting(n -> n.get("database").asText()).containsExactly("engine.db", "queue.db");
        for (JsonNode event : setAside) {
            assertThat(Path.of(event.get("keptAs").asText())).exists()
                    .hasFileName(event.get("database").asText() + ".corrupt-" + event.get("keptAs").asText()
                            .replaceAll(".*\\.corrupt-", ""));
        }
        assertThat(restarted.log()).containsPattern("ERROR +DataDirectory +the database " + data.resolve("engine.db")
                        + " could not be used \\(\\[SQLITE_NOTADB]")
                .contains("kept aside as " + data.resolve("queue.db.corrupt-"));
        assertThat(restarted.metrics()).contains("ocpp_database_set_aside_total{database=\"queue.db\"} 1.0");
        List<StatusNotificationRequest> statuses = backend.await(StatusNotificationRequest.class, 1, 20);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (statuses.stream().filter(s -> s.getInfo() != null && s.getInfo().contains("kept aside")).count() < 2
                && System.nanoTime() < deadline) {
            statuses = backend.await(StatusNotificationRequest.class, statuses.size() + 1, 20);
        }
        assertThat(statuses).filteredOn(s -> s.getInfo() != null).extracting(StatusNotificationRequest::getInfo)
                .contains("engine.db unreadable: kept aside, new one started",
                        "queue.db unreadable: kept aside, new one started");
        assertThat(restarted.status().get("connectors")).hasSize(2);
    }

    @Test
    void theDataDirectoryAndItsDatabasesAreOwnerOnly() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        DataDirectory directory = DataDirectory.prepare(data, Clock.systemUTC());
        try (var store = directory.open("engine.db", io.reactiveocpp.engine.store.SqliteEngineStore::open)) {
            store.put("config", "HeartbeatInterval", "120");
            store.flush();
            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(data)) {
                assertThat(files.toList()).as("engine.db and its -wal and -shm").hasSizeGreaterThanOrEqualTo(2)
                        .allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                                .as(file.toString()).isEqualTo(PosixFilePermissions.fromString("rw-------")));
            }
        }
        assertThat(directory.setAside()).isEmpty();
    }

    private ServiceProcess start(Path data) throws Exception {
        ServiceProcess service = ServiceProcess.start(backend.url(), "CP-STORE-1", data, null,
                dir.resolve("service-" + (services.size() + 1) + ".log"));
        services.add(service);
        return service;
    }
}
