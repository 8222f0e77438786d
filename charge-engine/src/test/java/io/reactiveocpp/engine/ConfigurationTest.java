package io.reactiveocpp.engine;

import io.reactiveocpp.codec.message.core.ChangeConfigurationRequest;
import io.reactiveocpp.codec.message.core.GetConfigurationRequest;
import io.reactiveocpp.codec.type.ConfigurationStatus;
import io.reactiveocpp.codec.type.KeyValue;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.handler.ChangeConfigurationHandler;
import io.reactiveocpp.engine.handler.GetConfigurationHandler;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.store.SqliteEngineStore;
import io.reactiveocpp.session.SessionConfig;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GetConfiguration and ChangeConfiguration over the key catalogue (OCPP 1.6 sections 5.3, 5.8, 9). */
class ConfigurationTest {

    private final Configuration config = new Configuration(new KeyCatalogue(2), new MemoryEngineStore());
    private final GetConfigurationHandler get = new GetConfigurationHandler(config);
    private final ChangeConfigurationHandler change = new ChangeConfigurationHandler(config);

    private ConfigurationStatus change(String key, String value) {
        return change.apply(new ChangeConfigurationRequest(key, value)).block().status();
    }

    @Test
    void everyStandardKeyOfTheSixProfilesIsKnown() {
        List<String> required = List.of("AuthorizeRemoteTxRequests", "ClockAlignedDataInterval", "ConnectionTimeOut",
                "ConnectorPhaseRotation", "GetConfigurationMaxKeys", "HeartbeatInterval", "LocalAuthorizeOffline",
                "LocalPreAuthorize", "MeterValuesAlignedData", "MeterValuesSampledData", "MeterValueSampleInterval",
                "NumberOfConnectors", "ResetRetries", "StopTransactionOnEVSideDisconnect", "StopTransactionOnInvalidId",
                "StopTxnAlignedData", "StopTxnSampledData", "SupportedFeatureProfiles", "TransactionMessageAttempts",
                "TransactionMessageRetryInterval", "UnlockConnectorOnEVSideDisconnect", "LocalAuthListEnabled",
                "LocalAuthListMaxLength", "SendLocalListMaxLength", "ChargeProfileMaxStackLevel",
                "ChargingScheduleAllowedChargingRateUnit", "ChargingScheduleMaxPeriods", "MaxChargingProfilesInstalled",
                "ReserveConnectorZeroSupported", "WebSocketPingInterval", "AuthorizationCacheEnabled",
                "AllowOfflineTxForUnknownId", "MinimumStatusDuration", "MaxEnergyOnInvalidId");
        var answer = get.apply(new GetConfigurationRequest(required)).block();
        assertThat(answer.unknownKey()).isNull();
        assertThat(answer.configurationKey()).extracting(KeyValue::key).containsExactlyElementsOf(required);
        assertThat(answer.configurationKey()).filteredOn(k -> k.key().equals("NumberOfConnectors"))
                .extracting(KeyValue::value).containsExactly("2");
    }

    @Test
    void moreKeysThanGetConfigurationMaxKeysAreAnErrorNamingTheField() {
        List<String> keys = java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(i -> "Key" + i).toList();
        assertThatThrownBy(() -> get.apply(new GetConfigurationRequest(keys)).block())
                .isInstanceOfSatisfying(io.reactiveocpp.session.CallRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo(io.reactiveocpp.codec.frame.ErrorCode.OCCURENCE_CONSTRAINT_VIOLATION);
                    assertThat(refused.getMessage()).startsWith("key: 101 keys").contains("GetConfigurationMaxKeys is 100");
                });
        assertThat(get.apply(new GetConfigurationRequest(keys.subList(0, 100))).block().unknownKey()).hasSize(100);
    }

    @Test
    void anEmptyRequestListsEveryReadableKeyAndNeverTheAuthorizationKey() {
        config.change("AuthorizationKey", "00112233445566778899aabbccddeeff");
        var answer = get.apply(new GetConfigurationRequest(null)).block();
        assertThat(answer.configurationKey()).extracting(KeyValue::key)
                .contains("HeartbeatInterval", "BackendUrl", "MessageQueueCapacity").doesNotContain("AuthorizationKey");
        assertThat(answer.unknownKey()).as("a write-only key is left out, not reported unknown").isNull();
        var asked = get.apply(new GetConfigurationRequest(List.of("AuthorizationKey", "NoSuchKey"))).block();
        assertThat(asked.unknownKey()).containsExactly("AuthorizationKey", "NoSuchKey");
    }

    @Test
    void changeAnswersAcceptedRejectedOrNotSupported() {
        assertThat(change("HeartbeatInterval", "120")).isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(config.integer("HeartbeatInterval")).isEqualTo(120);
        assertThat(change("HeartbeatInterval", "soon")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("HeartbeatInterval", "-1")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("NumberOfConnectors", "3")).as("read-only").isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("WarpDrive", "on")).isEqualTo(ConfigurationStatus.NOT_SUPPORTED);
        assertThat(change("MeterValuesSampledData", "Energy.Active.Import.Register, Power.Active.Import"))
                .isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(config.list("MeterValuesSampledData")).containsExactly("Energy.Active.Import.Register", "Power.Active.Import");
        assertThat(change("MeterValuesSampledData", "Energy.Active.Import.Register,Warp.Factor"))
                .isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("WebSocketPingInterval", "10001")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("BackendUrl", "http://example.com")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("AuthorizationKey", "not hex")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(config.integer("HeartbeatInterval")).as("a rejected change changes nothing").isEqualTo(120);
    }

    @Test
    void booleansAreAnsweredAsIntegersWhenAsked() {
        assertThat(change("BooleanValuesAsIntegers", "1")).isEqualTo(ConfigurationStatus.ACCEPTED);
        assertThat(change("LocalPreAuthorize", "TRUE")).isEqualTo(ConfigurationStatus.ACCEPTED);
        var answer = get.apply(new GetConfigurationRequest(List.of("LocalPreAuthorize"))).block();
        assertThat(answer.configurationKey().get(0).value()).isEqualTo("1");
    }

    @Test
    void theOperatorsSetNamesTheKeyAndTheRange() {
        assertThatThrownBy(() -> config.set("BackendConnectionTimeout", "2"))
                .hasMessage("BackendConnectionTimeout must be 3 to 300, got 2");
        config.set("ChargeBoxIdentity", "CP-1");
        assertThat(config.value("ChargeBoxIdentity")).isEqualTo("CP-1");
    }

    @Test
    void changesSurviveARestart(@TempDir Path dir) {
        try (SqliteEngineStore store = SqliteEngineStore.open(dir.resolve("engine.db"))) {
            new Configuration(new KeyCatalogue(1), store).change("MeterValueSampleInterval", "15");
        }
        try (SqliteEngineStore store = SqliteEngineStore.open(dir.resolve("engine.db"))) {
            assertThat(new Configuration(new KeyCatalogue(1), store).integer("MeterValueSampleInterval")).isEqualTo(15);
        }
    }

    /** Values a backend once bricked the station with: accepted, stored, and fatal at the next start. */
    @Test
    void aConnectionValueThatCouldNotBeUsedIsRejectedAndNothingIsStored() {
        config.change("WebSocketProxy", "proxy.example:3128");
        config.change("BackendUrl", "wss://csms.example.com/ocpp");
        for (String proxy : List.of("h:x", "proxy.example:99999", ":8080", "proxy.example:", "proxy example",
                "[::1", "proxy.example:0", "http://proxy.example:3128")) {
            assertThat(change("WebSocketProxy", proxy)).as(proxy).isEqualTo(ConfigurationStatus.REJECTED);
        }
        for (String url : List.of("", " ", "http://csms.example.com", "ws://", "ws://user:secret@csms.example.com/ocpp",
                "ws://csms.example.com:99999/ocpp", "ws://csms.example.com/ocpp?token=1", "ws://csms.example.com/#x",
                "wss:csms.example.com", "ws://csms example.com/")) {
            assertThat(change("BackendUrl", url)).as("'%s'", url).isEqualTo(ConfigurationStatus.REJECTED);
        }
        assertThat(change("TlsServerVerification", "none")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(change("TlsCipherStrictness", "ONLY-SECURE-CIPHERS")).isEqualTo(ConfigurationStatus.REJECTED);
        assertThat(config.value("WebSocketProxy")).isEqualTo("proxy.example:3128");
        assertThat(config.value("BackendUrl")).isEqualTo("wss://csms.example.com/ocpp");

        for (String proxy : List.of("", "10.0.0.1", "proxy.example:1", "[::1]:3128", "proxy-1.example.com:65535")) {
            assertThat(change("WebSocketProxy", proxy)).as(proxy).isEqualTo(ConfigurationStatus.ACCEPTED);
        }
        assertThat(change("BackendUrl", "ws://[::1]:9000/ocpp/")).isEqualTo(ConfigurationStatus.ACCEPTED);
    }

    /** One rule per key: whatever ChangeConfiguration accepts, the session can connect with, and nothing else. */
    @Property(tries = 2000)
    void theSessionAcceptsExactlyTheConnectionValuesTheConfigurationAccepts(@ForAll("proxies") String proxy,
                                                                            @ForAll("urls") String url) {
        Configuration fresh = new Configuration(new KeyCatalogue(1), new MemoryEngineStore());
        boolean proxyTaken = fresh.change("WebSocketProxy", proxy).status() == ConfigurationStatus.ACCEPTED;
        assertThat(builds(() -> SessionConfig.builder("ws://127.0.0.1:9000", "CP-1").proxy(proxy).build()))
                .as("proxy '%s'", proxy).isEqualTo(proxyTaken);
        boolean urlTaken = fresh.change("BackendUrl", url).status() == ConfigurationStatus.ACCEPTED;
        assertThat(builds(() -> SessionConfig.builder(url, "CP-1").build())).as("url '%s'", url).isEqualTo(urlTaken);
        if (urlTaken) {
            assertThat(SessionConfig.builder(url, "CP-1").build().endpoint().toString()).endsWith("/CP-1");
        }
    }

    @Provide
    Arbitrary<String> proxies() {
        Arbitrary<String> host = Arbitraries.of("proxy.example", "10.0.0.1", "[::1]", "", "a b", "-x", "p_x", "[::1");
        Arbitrary<String> port = Arbitraries.of("", ":", ":0", ":1", ":80", ":3128", ":65535", ":65536", ":99999",
                ":x", ":-1", ": 80", "::80");
        return Combinators.combine(host, port).as(String::concat);
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> scheme = Arbitraries.of("ws://", "wss://", "http://", "ws:", "", "WS://");
        Arbitrary<String> authority = Arbitraries.of("csms.example.com", "user:pw@csms.example.com", "127.0.0.1:9000",
                "[::1]:9000", "host:99999", "host:0", "", "a b", "host:", "host:x");
        Arbitrary<String> rest = Arbitraries.of("", "/", "/ocpp", "/ocpp/", "/ocpp?x=1", "/#f", "/o p");
        return Combinators.combine(scheme, authority, rest).as((a, b, c) -> a + b + c);
    }

    private static boolean builds(Runnable build) {
        try {
            build.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void aThrowingSubscriberDoesNotStopLaterChangesFromApplying() {
        List<String> applied = new java.util.ArrayList<>();
        config.onChange(k -> true, null, name -> {
            applied.add(name);
            if (name.equals("HeartbeatInterval")) {
                throw new IllegalStateException("the subscriber fails");
            }
        });
        change("HeartbeatInterval", "120");
        change("WebSocketPingInterval", "30");
        change("HeartbeatInterval", "130");
        assertThat(applied).containsExactly("HeartbeatInterval", "WebSocketPingInterval", "HeartbeatInterval");
    }

    /** A follower of {@code onChange}: only its keys, as tasks on its scheduler in order, and nothing once disposed. */
    @Test
    void aFollowerSeesItsKeysOnItsSchedulerInOrderUntilDisposed() {
        List<Runnable> tasks = new java.util.ArrayList<>(); // the follower's scheduler: runs what it was given when told
        reactor.core.scheduler.Scheduler time = reactor.core.scheduler.Schedulers.fromExecutor(tasks::add);
        List<String> heard = new java.util.ArrayList<>();
        List<String> all = new java.util.ArrayList<>();
        reactor.core.Disposable following = config.onChange(k -> k.startsWith("Heartbeat") || k.equals("MeterValueSampleInterval"),
                time, heard::add);
        config.onChange(k -> true, null, all::add);
        change("HeartbeatInterval", "120");
        change("WebSocketPingInterval", "30");
        config.set("MeterValueSampleInterval", "15");
        config.reset("HeartbeatInterval");
        assertThat(heard).as("not on the changing thread: a task on its scheduler").isEmpty();
        assertThat(all).containsExactly("HeartbeatInterval", "WebSocketPingInterval", "MeterValueSampleInterval",
                "HeartbeatInterval");
        runAll(tasks);
        assertThat(heard).containsExactly("HeartbeatInterval", "MeterValueSampleInterval", "HeartbeatInterval");
        assertThat(following.isDisposed()).isFalse();
        following.dispose();
        assertThat(following.isDisposed()).isTrue();
        change("HeartbeatInterval", "140");
        runAll(tasks);
        assertThat(heard).as("disposed: no more").hasSize(3);
        assertThat(all).as("the other follower still hears").hasSize(5);
    }

    private static void runAll(List<Runnable> tasks) {
        List<Runnable> due = List.copyOf(tasks);
        tasks.clear();
        due.forEach(Runnable::run);
    }

    /** An older version may have stored what this one refuses: ignored with the default, never a failed start. */
    @Test
    void aStoredValueThatIsNoLongerValidIsIgnoredAndListed() {
        MemoryEngineStore store = new MemoryEngineStore();
        store.put("config", "WebSocketProxy", "h:x");
        store.put("config", "HeartbeatInterval", "120");
        store.put("config", "AuthorizationKey", "short");
        Configuration restarted = new Configuration(new KeyCatalogue(1), store);
        assertThat(restarted.value("WebSocketProxy")).isEmpty();
        assertThat(restarted.integer("HeartbeatInterval")).isEqualTo(120);
        assertThat(restarted.ignored()).extracting(Configuration.Ignored::key)
                .containsExactlyInAnyOrder("WebSocketProxy", "AuthorizationKey");
        assertThat(restarted.ignored()).filteredOn(i -> i.key().equals("AuthorizationKey"))
                .allSatisfy(i -> assertThat(i.value()).isEqualTo("***"));
        assertThat(restarted.ignored()).filteredOn(i -> i.key().equals("WebSocketProxy"))
                .allSatisfy(i -> assertThat(i.reason()).contains("WebSocketProxy"));
        assertThat(restarted.setAtStart("HeartbeatInterval", "-5", "file")).isFalse();
        assertThat(restarted.integer("HeartbeatInterval")).as("the last good value stays").isEqualTo(120);
        assertThat(restarted.ignored()).last().satisfies(i -> {
            assertThat(i.source()).isEqualTo("file");
            assertThat(i.used()).isEqualTo("120");
        });
    }
}
