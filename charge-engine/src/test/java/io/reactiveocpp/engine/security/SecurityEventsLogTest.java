package io.reactiveocpp.engine.security;

import io.reactiveocpp.codec.type.LogType;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.diagnostics.LogSource;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.store.SqliteEngineStore;
import io.reactiveocpp.engine.testing.RecordingClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The security log behind the sink: every event logged (on a real SQLite engine store, so across a restart),
 * only the events this charge point sends queued as SecurityEventNotification, techInfo cut to 255 characters,
 * and the bound: a full log drops its oldest half and says so with SecurityLogWasCleared.
 */
class SecurityEventsLogTest {

    @TempDir
    Path dir;
    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final RecordingClient backend = new RecordingClient();
    private EngineStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
        time.dispose();
    }

    private SecurityEvents events() {
        store = SqliteEngineStore.open(dir.resolve("engine.db"));
        Configuration config = new Configuration(new KeyCatalogue(1), store);
        return new SecurityEvents(backend, config, store, new EngineClock(time), time);
    }

    private static List<String> securityLog(SecurityEvents events, VirtualTimeScheduler time) {
        Flux<String> entries = events.withSecurityLog((type, from, to) -> Flux.just("app " + type))
                .entries(LogType.SECURITY_LOG, null, null);
        var collected = entries.collectList().toFuture();
        time.advanceTime();
        return collected.join();
    }

    @Test
    void anEventThatIsNotSentIsOnlyLoggedAndASentOneIsQueuedWithTechInfoCutTo255() {
        SecurityEvents events = events();
        events.raise("InvalidMessages", "a CALL that failed the schema");
        events.raise("AcmeDoorOpened", "a vendor's own event");
        events.raise("InvalidFirmwareSignature", "x".repeat(300));

        assertThat(backend.securityEventTypes()).containsExactly("InvalidFirmwareSignature");
        assertThat(backend.securityEvent("InvalidFirmwareSignature")
                .<io.reactiveocpp.codec.message.security.SecurityEventNotificationRequest>request().techInfo())
                .hasSize(255);
        assertThat(securityLog(events, time)).hasSize(4).satisfies(log -> {
            assertThat(log.get(0)).endsWith("SecurityEvent InvalidMessages: a CALL that failed the schema");
            assertThat(log.get(1)).endsWith("SecurityEvent AcmeDoorOpened: a vendor's own event");
            assertThat(log.get(2)).contains("SecurityEvent InvalidFirmwareSignature: xxx");
            assertThat(log.get(3)).as("the app's security loggers after the events").isEqualTo("app SECURITY_LOG");
        });
        assertThat(events.withSecurityLog(LogSource.NONE).entries(LogType.DIAGNOSTICS_LOG, null, null)
                .collectList().block()).as("the diagnostics log is the app's alone").isEmpty();
    }

    @Test
    void aFullLogDropsItsOldestHalfOnceAndRaisesSecurityLogWasCleared() {
        SecurityEvents events = events();
        for (int i = 1; i <= SecurityLog.CAPACITY; i++) {
            events.raise("InvalidMessages", "message " + i);
        }
        assertThat(backend.securityEventTypes()).isEmpty();
        events.raise("InvalidMessages", "message 1001");

        assertThat(backend.securityEventTypes()).containsExactly("SecurityLogWasCleared");
        assertThat(backend.securityEvent("SecurityLogWasCleared")
                .<io.reactiveocpp.codec.message.security.SecurityEventNotificationRequest>request().techInfo())
                .contains("500 oldest");
        List<String> log = securityLog(events, time);
        assertThat(log).hasSize(502 + 1);
        assertThat(log.get(0)).endsWith("message 501");
        assertThat(log.get(500)).endsWith("message 1001");
        assertThat(log.get(501)).contains("SecurityLogWasCleared");
    }

    @Test
    void theLogSurvivesARestartOnTheSameStore() {
        SecurityEvents before = events();
        before.raise("InvalidMessages", "before the restart");
        store.close();

        SecurityEvents after = events();
        time.schedule(() -> after.start(io.reactiveocpp.codec.type.Reason.POWER_LOSS));
        time.advanceTime();
        List<String> log = securityLog(after, time);
        assertThat(log).hasSize(3);
        assertThat(log.get(0)).endsWith("InvalidMessages: before the restart");
        assertThat(log.get(1)).contains("StartupOfTheDevice");
    }

    @Test
    void aTypeThatIsNoEventNameIsRefusedNamingTheField() {
        SecurityEvents events = events();
        assertThatThrownBy(() -> events.raise(" ", null)).hasMessageStartingWith("type:");
        assertThatThrownBy(() -> events.raise("x".repeat(51), null)).hasMessageStartingWith("type:");
    }
}
