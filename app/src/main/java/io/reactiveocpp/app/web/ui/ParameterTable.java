package io.reactiveocpp.app.web.ui;

import java.util.List;

/**
 * The seed's "OCPP-relevant configuration parameters in Config UI" table (section 4 of the charge controller's
 * documentation): its categories in its order, each parameter with the seed's label, purpose and remark, and the
 * OCPP key PRODUCT.md maps it to. The remarks are the seed's, without its "More" links; where the seed names
 * a value differently from the key's allowed values ("only-secure-cyphers"), the key's spelling is used. Three
 * keys of PRODUCT.md's table that the seed shows elsewhere ({@code MessageQueueCapacity},
 * {@code TransactionMessageRetryInterval}, {@code EichrechtEnabled}) join the category of the parameter they go with.
 */
public final class ParameterTable {

    /** One parameter: the seed's label, purpose and remark, and its key. */
    public record Parameter(String label, String key, String purpose, String remark) {
    }

    /** One category of the seed's table. */
    public record Category(String name, String slug, List<Parameter> parameters) {
    }

    /** The seed's table. */
    public static final List<Category> CATEGORIES = List.of(
            new Category("General Connectivity", "general-connectivity", List.of(
                    new Parameter("Connection Type", "NetworkConnectionType",
                            "Physical connection method for OCPP Backend communication",
                            "Defines the preferred connection method. If both Ethernet and GSM are active, Ethernet is "
                                    + "always used automatically. If no Backend is configured, no OCPP communication occurs."))),
            new Category("OCPP", "ocpp", List.of(
                    new Parameter("ChargeBoxIdentity (ChargePointID)", "ChargeBoxIdentity",
                            "Unique identifier for the Charge Controller",
                            "Required for proper communication with the OCPP backend."),
                    new Parameter("OCPP Mode", "OcppMode", "Defines the OCPP version and transport protocol",
                            "Always set this to OCPP-J 1.6."),
                    new Parameter("WebSockets JSON OCPP URL of the Backend", "BackendUrl",
                            "URL of the OCPP central system for WebSocket",
                            "Use the format ws://backend:8080/OCPP/v16/. Do not include the ChargePointID in the URL, "
                                    + "even if some backends suggest it."),
                    new Parameter("WebSockets proxy", "WebSocketProxy", "Proxy server for WebSocket connections",
                            "WebSocket proxy in the format HOST:PORT. If no port is given, 80 is used by default."),
                    new Parameter("WebSockets keep-alive interval", "WebSocketPingInterval",
                            "Interval for WebSocket ping messages",
                            "Value in seconds (0–10000). Use 60 seconds to help maintain connection stability. Use this "
                                    + "if the backend connection drops unexpectedly."))),
            new Category("Security & Authentication", "security-authentication", List.of(
                    new Parameter("OCPP connection strictness", "TlsCipherStrictness",
                            "Security level for OCPP connections",
                            "Sets minimum encryption standard. Use only-secure-ciphers when possible. Set to all-ciphers "
                                    + "if the backend doesn't support modern encryption."),
                    new Parameter("HTTP Basic Authentication password", "AuthorizationKey",
                            "Password for OCPP authentication",
                            "Used if required by the backend. Username is automatically set to the ChargePointID."),
                    new Parameter("Send status for webui login event", "SendWebUiLoginStatus",
                            "Send notification when web UI is accessed",
                            "Sends an info-level status message to the backend when someone logs into the web UI."),
                    new Parameter("SSL Strictness as client", "TlsServerVerification", "SSL/TLS security level",
                            "Set to Skip host check if DNS server fails and you use IP addresses in place of domain "
                                    + "names."))),
            new Category("Connection Behavior", "connection-behavior", List.of(
                    new Parameter("Force Heartbeat request messages", "ForceHeartbeat",
                            "Whether to force sending heartbeat messages",
                            "Some backends need this to maintain a stable connection. Enable if you witness frequent "
                                    + "disconnects."),
                    new Parameter("TCP Watchdog Timeout", "TcpWatchdogTimeout", "Timeout for TCP connection monitoring",
                            "If the TCP Watchdog Timeout is reached and the Backend cannot be reached, a reboot on the "
                                    + "Charge Controller is triggered."),
                    new Parameter("Backend connection timeout", "BackendConnectionTimeout",
                            "Timeout for OCPP connection attempts", "(OCPP standard) Default: 60s. Range: 3-300s."),
                    new Parameter("Disallow charging if OCPP queue full", "DisallowChargingIfQueueFull",
                            "Block charging when message queue is full",
                            "Charging is blocked when the internal OCPP message queue is full. Prevents new sessions that "
                                    + "would result in message loss — especially critical for Eichrecht compliance."),
                    new Parameter("OCPP queue size", "MessageQueueCapacity",
                            "How many transaction messages the durable queue holds",
                            "Bounds the queue that keeps transaction messages through outages and power loss."),
                    new Parameter("Display backend disconnect as error", "BackendDisconnectAsError",
                            "Whether to show disconnection as an error on the HMI",
                            "Error is shown on the HMI in case a Backend is configured but connection fails."))),
            new Category("StatusNotification Control", "statusnotification-control", List.of(
                    new Parameter("Send informative StatusNotifications", "SendInformativeStatusNotifications",
                            "Whether to send informational status updates",
                            "Sends additional status info, helpful for debugging or to enhance backend insights."),
                    new Parameter("Send error StatusNotifications", "SendErrorStatusNotifications",
                            "Whether to send error status updates", "Enables more detailed error reporting to the backend."),
                    new Parameter("Send USB error StatusNotifications", "SendUsbErrorStatusNotifications",
                            "Whether to send USB-specific error updates",
                            "Controls if USB-related errors are reported to the backend."),
                    new Parameter("State 'unavailable' at FW update begin", "UnavailableDuringFirmwareUpdate",
                            "Set status to unavailable when firmware is being downloaded", ""))),
            new Category("Maintenance & Overrides", "maintenance-overrides", List.of(
                    new Parameter("Force OCPP connector state", "ForcedConnectorState",
                            "Override connector availability state",
                            "Overrides the connector availability state regardless of Backend-side state."))),
            new Category("Compatibility & Legacy", "compatibility-legacy", List.of(
                    new Parameter("Strategy for StatusNotification", "StatusNotificationStrategy",
                            "When to change connector status to Occupied",
                            "Deprecated. Legacy setting from OCPP 1.5. Can be ignored."),
                    new Parameter("Allow long get configuration keys", "AllowLongConfigurationValues",
                            "Extends the max. length of configuration key values to 500+ characters",
                            "Allows more than the OCPP standard for the value length of GetConfiguration requests. "
                                    + "Needed for proprietary certificate exchange."),
                    new Parameter("Integer values for boolean config keys", "BooleanValuesAsIntegers",
                            "Use integers instead of booleans in responses",
                            "(Deprecated) Scoped to standard OCPP configuration key values. Behavior to output those "
                                    + "values as integer is deprecated."))),
            new Category("Retry Logic", "retry-logic", List.of(
                    new Parameter("Number of transaction message attempts", "TransactionMessageAttempts",
                            "Retries for transaction messages",
                            "Used for all transaction-related messages except Eichrecht-bound ones."),
                    new Parameter("Transaction message retry interval", "TransactionMessageRetryInterval",
                            "Seconds before the first retry of a transaction message",
                            "(OCPP standard) Each further retry waits this interval times the attempts made."),
                    new Parameter("Eichrecht mode", "EichrechtEnabled", "Signed meter readings in transactions",
                            "Start/Stop/MeterValues of a transaction carry signed meter data (e.g. OCMF)."),
                    new Parameter("Eichrecht transaction message attempts", "EichrechtTransactionMessageAttempts",
                            "Retries for Eichrecht-specific messages",
                            "Used only if Eichrecht is active and message is Start/Stop/MeterValues tied to a "
                                    + "transaction."))),
            new Category("Metering & Reporting", "metering-reporting", List.of(
                    new Parameter("DataTransfer for Tariff And Total Usage", "TariffAndTotalUsageDataTransfer",
                            "Send tariff and usage data via DataTransfer", ""),
                    new Parameter("Meter values sampled data (OCPP)", "MeterValuesSampledData",
                            "Meter values to be sent based on sampling interval", ""),
                    new Parameter("Meter Value Sample Interval (OCPP)", "MeterValueSampleInterval",
                            "Time between meter value samples", ""),
                    new Parameter("Meter values aligned data (OCPP)", "MeterValuesAlignedData",
                            "Meter values to be sent at regular intervals", ""),
                    new Parameter("Clock aligned data interval (OCPP)", "ClockAlignedDataInterval",
                            "Interval for clock-aligned meter values", ""),
                    new Parameter("Retransmit MeterValues", "RetransmitMeterValues",
                            "Whether to retry sending meter values",
                            "When enabled, transaction-bound MeterValues are held in the queue and retried until success "
                                    + "or limit reached. Affects queue size and charging availability."))));

    private ParameterTable() {
    }
}
