package io.reactiveocpp.engine.config;

import io.reactiveocpp.codec.type.Measurand;
import io.reactiveocpp.engine.config.KeyDefinition.Access;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every configuration key the charge point knows: the standard keys of the six OCPP 1.6 feature profiles
 * (edition 2, section 9), those of the security whitepaper and the Plug &amp; Charge whitepaper, and the
 * vendor keys of PRODUCT.md. One table, read by GetConfiguration, ChangeConfiguration, the configuration
 * file and the local HTTP interface alike.
 */
public final class KeyCatalogue {

    /** Longest value GetConfiguration reports unless {@code AllowLongConfigurationValues} (CiString500). */
    public static final int MAX_REPORTED_LENGTH = 500;
    /** Elements at most in each measurand list ({@code *MaxLength} keys). */
    public static final int MEASURAND_LIST_MAX = 10;

    private static final Set<String> MEASURANDS =
            Arrays.stream(Measurand.values()).map(Measurand::literal).collect(Collectors.toUnmodifiableSet());
    private static final long NO_MIN = Long.MIN_VALUE;
    private static final long NO_MAX = Long.MAX_VALUE;

    private final Map<String, KeyDefinition> keys = new LinkedHashMap<>();

    /** The catalogue of a charge point with this many connectors. */
    public KeyCatalogue(int connectors) {
        // Core profile (9.1)
        bool("AllowOfflineTxForUnknownId", Access.READ_WRITE, false);
        bool("AuthorizationCacheEnabled", Access.READ_WRITE, true);
        bool("AuthorizeRemoteTxRequests", Access.READ_WRITE, false);
        integer("BlinkRepeat", Access.READ_WRITE, 0, 100, 3);
        integer("ClockAlignedDataInterval", Access.READ_WRITE, 0, 86_400, 0);
        integer("ConnectionTimeOut", Access.READ_WRITE, 1, 3_600, 60);
        csl("ConnectorPhaseRotation", Access.READ_WRITE, 0, connectors + 1, Set.of(), "0.RST");
        integer("ConnectorPhaseRotationMaxLength", Access.READ_ONLY, connectors + 1, connectors + 1, connectors + 1);
        integer("GetConfigurationMaxKeys", Access.READ_ONLY, 100, 100, 100);
        integer("HeartbeatInterval", Access.READ_WRITE, 0, 86_400, 300);
        integer("LightIntensity", Access.READ_WRITE, 0, 100, 100);
        bool("LocalAuthorizeOffline", Access.READ_WRITE, true);
        bool("LocalPreAuthorize", Access.READ_WRITE, false);
        integer("MaxEnergyOnInvalidId", Access.READ_WRITE, 0, Integer.MAX_VALUE, 0);
        measurands("MeterValuesAlignedData", "Energy.Active.Import.Register");
        integer("MeterValuesAlignedDataMaxLength", Access.READ_ONLY, MEASURAND_LIST_MAX, MEASURAND_LIST_MAX, MEASURAND_LIST_MAX);
        measurands("MeterValuesSampledData", "Energy.Active.Import.Register");
        integer("MeterValuesSampledDataMaxLength", Access.READ_ONLY, MEASURAND_LIST_MAX, MEASURAND_LIST_MAX, MEASURAND_LIST_MAX);
        integer("MeterValueSampleInterval", Access.READ_WRITE, 0, 86_400, 60);
        integer("MinimumStatusDuration", Access.READ_WRITE, 0, 3_600, 0);
        integer("NumberOfConnectors", Access.READ_ONLY, connectors, connectors, connectors);
        integer("ResetRetries", Access.READ_WRITE, 0, 10, 3);
        bool("StopTransactionOnEVSideDisconnect", Access.READ_WRITE, true);
        bool("StopTransactionOnInvalidId", Access.READ_WRITE, true);
        measurands("StopTxnAlignedData", "");
        integer("StopTxnAlignedDataMaxLength", Access.READ_ONLY, MEASURAND_LIST_MAX, MEASURAND_LIST_MAX, MEASURAND_LIST_MAX);
        measurands("StopTxnSampledData", "");
        integer("StopTxnSampledDataMaxLength", Access.READ_ONLY, MEASURAND_LIST_MAX, MEASURAND_LIST_MAX, MEASURAND_LIST_MAX);
        csl("SupportedFeatureProfiles", Access.READ_ONLY, 0, 6, Set.of(),
                "Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger");
        integer("SupportedFeatureProfilesMaxLength", Access.READ_ONLY, 6, 6, 6);
        integer("TransactionMessageAttempts", Access.READ_WRITE, 1, 100, 3);
        integer("TransactionMessageRetryInterval", Access.READ_WRITE, 0, 86_400, 60);
        bool("UnlockConnectorOnEVSideDisconnect", Access.READ_WRITE, true);
        integer("WebSocketPingInterval", Access.READ_WRITE, 0, 10_000, 60);
        // Local Auth List Management (9.2)
        bool("LocalAuthListEnabled", Access.READ_WRITE, true);
        integer("LocalAuthListMaxLength", Access.READ_ONLY, 10_000, 10_000, 10_000);
        integer("SendLocalListMaxLength", Access.READ_ONLY, 1_000, 1_000, 1_000);
        // Reservation (9.3)
        bool("ReserveConnectorZeroSupported", Access.READ_ONLY, true);
        // Smart Charging (9.4)
        integer("ChargeProfileMaxStackLevel", Access.READ_ONLY, 10, 10, 10);
        csl("ChargingScheduleAllowedChargingRateUnit", Access.READ_ONLY, 1, 2, Set.of("Current", "Power"), "Current,Power");
        // a day in 15-minute steps: what backends that follow day-ahead prices send
        integer("ChargingScheduleMaxPeriods", Access.READ_ONLY, 96, 96, 96);
        bool("ConnectorSwitch3to1PhaseSupported", Access.READ_ONLY, false);
        integer("MaxChargingProfilesInstalled", Access.READ_ONLY, 20, 20, 20);
        // Security whitepaper
        add("AuthorizationKey", KeyType.STRING, Access.WRITE_ONLY, NO_MIN, 80, Set.of(), null, false);
        add("CpoName", KeyType.STRING, Access.READ_WRITE, NO_MIN, 50, Set.of(), "", false);
        integer("SecurityProfile", Access.READ_WRITE, 0, 3, 0);
        integer("CertificateSignedMaxChainSize", Access.READ_ONLY, 1_000, 10_000, 10_000);
        integer("CertificateStoreMaxLength", Access.READ_ONLY, 20, 20, 20);
        bool("AdditionalRootCertificateCheck", Access.READ_ONLY, false);
        // Plug & Charge whitepaper
        bool("ISO15118PnCEnabled", Access.READ_WRITE, false);
        bool("CentralContractValidationAllowed", Access.READ_WRITE, false);
        bool("ContractValidationOffline", Access.READ_WRITE, true);
        integer("CertSigningWaitMinimum", Access.READ_WRITE, 0, 86_400, 60);
        integer("CertSigningRepeatTimes", Access.READ_WRITE, 0, 100, 3);
        // the C of the SECC certificate's subject (ISO 15118-2; OCPP 2.0.1 ISO15118Ctrlr.CountryName): ISO 3166 alpha-2
        string("ISO15118CountryName", Access.READ_WRITE, 2, Set.of(), "");
        // vendor keys (PRODUCT.md)
        string("NetworkConnectionType", Access.READ_WRITE, 8, Set.of("Auto", "Ethernet", "GSM"), "Auto");
        string("ChargeBoxIdentity", Access.READ_ONLY, 48, Set.of(), "");
        string("OcppMode", Access.READ_ONLY, 10, Set.of("OCPP-J 1.6"), "OCPP-J 1.6");
        string("BackendUrl", Access.READ_WRITE, 512, Set.of(), "");
        string("WebSocketProxy", Access.READ_WRITE, 255, Set.of(), "");
        string("TlsCipherStrictness", Access.READ_WRITE, 20, Set.of("only-secure-ciphers", "all-ciphers"), "only-secure-ciphers");
        bool("SendWebUiLoginStatus", Access.READ_WRITE, false);
        string("TlsServerVerification", Access.READ_WRITE, 20, Set.of("full", "skip-host-check"), "full");
        bool("ForceHeartbeat", Access.READ_WRITE, false);
        integer("TcpWatchdogTimeout", Access.READ_WRITE, 0, 86_400, 0);
        integer("BackendConnectionTimeout", Access.READ_WRITE, 3, 300, 60);
        bool("DisallowChargingIfQueueFull", Access.READ_WRITE, false);
        bool("BackendDisconnectAsError", Access.READ_WRITE, false);
        bool("SendInformativeStatusNotifications", Access.READ_WRITE, true);
        bool("SendErrorStatusNotifications", Access.READ_WRITE, true);
        bool("SendUsbErrorStatusNotifications", Access.READ_WRITE, false);
        bool("UnavailableDuringFirmwareUpdate", Access.READ_WRITE, false);
        integer("FirmwareMaxSize", Access.READ_WRITE, 1, Integer.MAX_VALUE, 256L * 1024 * 1024);
        // the trust anchor of signed firmware: set from the operator's configuration only, never over OCPP
        string("FirmwareSigningRootCertificates", Access.READ_ONLY, 512, Set.of(), "");
        string("ForcedConnectorState", Access.READ_WRITE, 11, Set.of("None", "Available", "Unavailable"), "None");
        string("StatusNotificationStrategy", Access.READ_WRITE, 50, Set.of(), "");
        bool("AllowLongConfigurationValues", Access.READ_WRITE, false);
        bool("BooleanValuesAsIntegers", Access.READ_WRITE, false);
        bool("EichrechtEnabled", Access.READ_WRITE, false);
        integer("EichrechtTransactionMessageAttempts", Access.READ_WRITE, 1, 1_000, 10);
        bool("TariffAndTotalUsageDataTransfer", Access.READ_WRITE, false);
        bool("RetransmitMeterValues", Access.READ_WRITE, true);
        integer("MessageQueueCapacity", Access.READ_WRITE, 10, 1_000_000, 1_000);
        // the supply of every connector, for Power.Offered (offered current × phases × voltage)
        integer("ConnectorPhases", Access.READ_WRITE, 1, 3, 3);
        integer("ConnectorNominalVoltage", Access.READ_WRITE, 100, 400, 230);
    }

    /** The definition of {@code name}, or {@code null} for a key this charge point does not know. */
    public KeyDefinition get(String name) {
        return keys.get(name);
    }

    /** All definitions, in catalogue order. */
    public Collection<KeyDefinition> all() {
        return keys.values();
    }

    private void bool(String name, Access access, boolean value) {
        add(name, KeyType.BOOLEAN, access, NO_MIN, NO_MAX, Set.of(), Boolean.toString(value), false);
    }

    private void integer(String name, Access access, long min, long max, long value) {
        add(name, KeyType.INTEGER, access, min, max, Set.of(), Long.toString(value), false);
    }

    private void string(String name, Access access, int maxLength, Set<String> allowed, String value) {
        add(name, KeyType.STRING, access, NO_MIN, maxLength, allowed, value, false);
    }

    private void csl(String name, Access access, long min, long max, Set<String> allowed, String value) {
        add(name, KeyType.CSL, access, min, max, allowed, value, false);
    }

    private void measurands(String name, String value) {
        csl(name, Access.READ_WRITE, 0, MEASURAND_LIST_MAX, MEASURANDS, value);
    }

    private void add(String name, KeyType type, Access access, long min, long max, Set<String> allowed,
                     String value, boolean rebootRequired) {
        if (keys.put(name, new KeyDefinition(name, type, access, min, max, allowed, value, rebootRequired)) != null) {
            throw new IllegalStateException("key " + name + " defined twice");
        }
    }
}
