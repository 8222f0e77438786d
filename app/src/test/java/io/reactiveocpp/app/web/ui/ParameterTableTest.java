package io.reactiveocpp.app.web.ui;

import io.reactiveocpp.engine.config.KeyCatalogue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The parameters page's table against the seed's categories and PRODUCT.md's key mapping. */
class ParameterTableTest {

    /** Section 4 of the seed, in its order. */
    static final List<String> SEED_CATEGORIES = List.of("General Connectivity", "OCPP", "Security & Authentication",
            "Connection Behavior", "StatusNotification Control", "Maintenance & Overrides", "Compatibility & Legacy",
            "Retry Logic", "Metering & Reporting");

    /** Every key of PRODUCT.md's "Config UI parameter | key" table. */
    static final List<String> PRODUCT_KEYS = List.of("NetworkConnectionType", "ChargeBoxIdentity", "OcppMode",
            "BackendUrl", "WebSocketProxy", "WebSocketPingInterval", "TlsCipherStrictness", "AuthorizationKey",
            "SendWebUiLoginStatus", "TlsServerVerification", "ForceHeartbeat", "TcpWatchdogTimeout",
            "BackendConnectionTimeout", "DisallowChargingIfQueueFull", "BackendDisconnectAsError",
            "SendInformativeStatusNotifications", "SendErrorStatusNotifications", "SendUsbErrorStatusNotifications",
            "UnavailableDuringFirmwareUpdate", "ForcedConnectorState", "StatusNotificationStrategy",
            "AllowLongConfigurationValues", "BooleanValuesAsIntegers", "TransactionMessageAttempts",
            "TransactionMessageRetryInterval", "EichrechtEnabled", "EichrechtTransactionMessageAttempts",
            "TariffAndTotalUsageDataTransfer", "MeterValuesSampledData", "MeterValueSampleInterval",
            "MeterValuesAlignedData", "ClockAlignedDataInterval", "RetransmitMeterValues", "MessageQueueCapacity");

    @Test
    void theCategoriesAreTheSeedsInTheSeedsOrder() {
        assertThat(ParameterTable.CATEGORIES).extracting(ParameterTable.Category::name)
                .containsExactlyElementsOf(SEED_CATEGORIES);
    }

    @Test
    void everyKeyOfProductsTableIsShownOnceAndExistsInTheCatalogue() {
        List<String> shown = ParameterTable.CATEGORIES.stream().flatMap(c -> c.parameters().stream())
                .map(ParameterTable.Parameter::key).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(PRODUCT_KEYS).doesNotHaveDuplicates();
        KeyCatalogue catalogue = new KeyCatalogue(2);
        assertThat(shown).allSatisfy(key -> assertThat(catalogue.get(key)).as(key).isNotNull());
    }

    @Test
    void everyParameterHasTheSeedsLabelAndPurposeAndNoLeftOverMoreLink() {
        ParameterTable.CATEGORIES.stream().flatMap(c -> c.parameters().stream()).forEach(p -> {
            assertThat(p.label()).as(p.key()).isNotBlank();
            assertThat(p.purpose()).as(p.key()).isNotBlank();
            assertThat(p.remark()).as(p.key()).doesNotEndWith("More").doesNotContain("Full behavior details");
        });
    }
}
