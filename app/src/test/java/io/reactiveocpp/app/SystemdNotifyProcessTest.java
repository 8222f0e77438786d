package io.reactiveocpp.app;

import io.reactiveocpp.app.systemd.NotifyReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as systemd runs it with {@code Type=notify}: a unix datagram socket in the test plays systemd's
 * {@code NOTIFY_SOCKET} (a path, or an abstract name as systemd gives), the service process gets it and
 * {@code WATCHDOG_USEC} in its environment. Its backend refuses connections: a charger offline is still ready.
 */
class SystemdNotifyProcessTest {

    private static final String OFFLINE_BACKEND = "ws://127.0.0.1:1/ocpp";
    private static final long WATCHDOG_MILLIS = 1000;

    @TempDir Path dir;

    @Test
    void reportsReadyWhileOfflineAndPetsTheWatchdogAtHalfItsTimeout() throws Exception {
        try (NotifyReceiver systemd = NotifyReceiver.bind(dir.resolve("notify").toString());
             ServiceProcess service = ServiceProcess.start(OFFLINE_BACKEND, "CP-NOTIFY", dir.resolve("data"), null,
                     dir.resolve("service.log"), Map.of("NOTIFY_SOCKET", systemd.address(),
                             "WATCHDOG_USEC", Long.toString(WATCHDOG_MILLIS * 1000)))) {
            NotifyReceiver.Message ready = systemd.next("READY=1", ServiceProcess.WAIT, service::logTail);
            assertThat(ready.text()).contains("STATUS=charge point CP-NOTIFY started");

            List<Long> pets = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                pets.add(systemd.next("WATCHDOG=1", ServiceProcess.WAIT, service::logTail).nanos());
            }
            for (int i = 1; i < pets.size(); i++) {
                long gap = TimeUnit.NANOSECONDS.toMillis(pets.get(i) - pets.get(i - 1));
                assertThat(gap).as("gap between two pets (half of %d ms)", WATCHDOG_MILLIS)
                        .isBetween(WATCHDOG_MILLIS / 2 - 150, WATCHDOG_MILLIS / 2 + 250);
            }

            service.stop();
            systemd.next("STOPPING=1", ServiceProcess.WAIT, service::logTail);
        }
    }

    @Test
    void reachesAnAbstractNotifySocket() throws Exception {
        try (NotifyReceiver systemd = NotifyReceiver.bind("@reactive-ocpp-test-" + UUID.randomUUID());
             ServiceProcess service = ServiceProcess.start(OFFLINE_BACKEND, "CP-NOTIFY", dir.resolve("data"), null,
                     dir.resolve("service.log"), Map.of("NOTIFY_SOCKET", systemd.address()))) {
            systemd.next("READY=1", ServiceProcess.WAIT, service::logTail);
        }
    }
}
