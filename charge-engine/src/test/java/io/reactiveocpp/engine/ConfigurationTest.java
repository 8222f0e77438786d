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
}
