package io.reactiveocpp.app;

import io.reactiveocpp.app.web.HttpBinding;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The service's settings after merging defaults, the configuration file, the environment and the command
 * line (in rising precedence).
 *
 * @param chargePointId   ChargeBoxIdentity
 * @param backendUrl      BackendUrl without the id, or {@code null} (then only {@code --demo} can run)
 * @param dataDir         where the SQLite databases live
 * @param httpPort        the local HTTP interface's port, 0 for none
 * @param httpBind        its address (default 127.0.0.1)
 * @param hal             {@code sim} or {@code pi4j}
 * @param connectors      number of connectors
 * @param adminPassword   the local interface's password, or {@code null}: the one stored in the data
 *                        directory, generated at first start (AdminPassword)
 * @param restartMode     {@code in-process} or {@code exit}
 * @param vendor          BootNotification chargePointVendor
 * @param model           BootNotification chargePointModel
 * @param ocpp            configuration keys from the file and environment, applied as the operator's settings
 * @param simTimeScale    how much faster than real time the simulated station runs (1: real time)
 * @param httpPublicNames DNS names the local interface answers to besides localhost ({@code http.publicNames})
 * @param logsMaxTotalSize bytes the rolling log files in {@code DATA_DIR/logs/} take at most ({@code logs.maxTotalSize})
 * @param tls             the PEM files of the OCPP link's TLS ({@code tls.caBundle}, {@code tls.clientCertificate},
 *                        {@code tls.clientKey})
 */
public record Settings(String chargePointId, String backendUrl, Path dataDir, int httpPort, String httpBind,
                       String hal, int connectors, String adminPassword, String restartMode, String vendor,
                       String model, Map<String, String> ocpp, double simTimeScale, Map<String, Object> pi4j,
                       List<String> httpPublicNames, long logsMaxTotalSize, TlsFiles tls) {

    public static final int DEFAULT_HTTP_PORT = 8080;
    /** {@code logs.maxTotalSize} when not configured: 50 MB. */
    public static final long DEFAULT_LOGS_MAX_TOTAL_SIZE = 50L * 1024 * 1024;
    /** The smallest {@code logs.maxTotalSize}: 64 KB. */
    public static final long MIN_LOGS_MAX_TOTAL_SIZE = 64L * 1024;

    public Settings {
        if (chargePointId == null || chargePointId.isBlank()) {
            throw new IllegalArgumentException("id: the ChargePointID is required (--id, REACTIVE_OCPP_ID or chargePointId in the file)");
        }
        if (!"sim".equals(hal) && !"pi4j".equals(hal)) {
            throw new IllegalArgumentException("hal must be sim or pi4j, got " + hal);
        }
        if (connectors < 1 || connectors > 32) {
            throw new IllegalArgumentException("connectors must be 1 to 32, got " + connectors);
        }
        if (httpPort < 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("http-port must be 0 to 65535, got " + httpPort);
        }
        if (!"in-process".equals(restartMode) && !"exit".equals(restartMode)) {
            throw new IllegalArgumentException("restart-mode must be in-process or exit, got " + restartMode);
        }
        // the interface always needs a password (a generated one when none is configured), on any address
        if (adminPassword != null && adminPassword.isEmpty()) {
            throw new IllegalArgumentException("adminPassword must not be empty; leave it out to use the generated one");
        }
        httpPublicNames = new HttpBinding(httpBind, httpPort, httpPublicNames).publicNames();
        if (!(simTimeScale >= 1 && simTimeScale <= 3600)) {
            throw new IllegalArgumentException("simTimeScale must be 1 to 3600, got " + simTimeScale);
        }
        if (logsMaxTotalSize < MIN_LOGS_MAX_TOTAL_SIZE) {
            throw new IllegalArgumentException("logs.maxTotalSize must be at least 64KB, got " + logsMaxTotalSize + " bytes");
        }
        ocpp = Map.copyOf(ocpp);
        tls = tls == null ? TlsFiles.NONE : tls;
        pi4j = pi4j == null ? Map.of() : pi4j;
        if ("pi4j".equals(hal) && pi4j.isEmpty()) {
            throw new IllegalArgumentException("pi4j: hal pi4j needs the wiring of the board in the file's pi4j: section"
                    + " (see deploy/config.example.yaml)");
        }
    }

    /** Without TLS files. */
    public Settings(String chargePointId, String backendUrl, Path dataDir, int httpPort, String httpBind,
                    String hal, int connectors, String adminPassword, String restartMode, String vendor,
                    String model, Map<String, String> ocpp, double simTimeScale, Map<String, Object> pi4j,
                    List<String> httpPublicNames, long logsMaxTotalSize) {
        this(chargePointId, backendUrl, dataDir, httpPort, httpBind, hal, connectors, adminPassword, restartMode, vendor,
                model, ocpp, simTimeScale, pi4j, httpPublicNames, logsMaxTotalSize, TlsFiles.NONE);
    }

    /** With the default bound of the log files. */
    public Settings(String chargePointId, String backendUrl, Path dataDir, int httpPort, String httpBind,
                    String hal, int connectors, String adminPassword, String restartMode, String vendor,
                    String model, Map<String, String> ocpp, double simTimeScale, Map<String, Object> pi4j,
                    List<String> httpPublicNames) {
        this(chargePointId, backendUrl, dataDir, httpPort, httpBind, hal, connectors, adminPassword, restartMode, vendor,
                model, ocpp, simTimeScale, pi4j, httpPublicNames, DEFAULT_LOGS_MAX_TOTAL_SIZE);
    }

    /** Without public names. */
    public Settings(String chargePointId, String backendUrl, Path dataDir, int httpPort, String httpBind,
                    String hal, int connectors, String adminPassword, String restartMode, String vendor,
                    String model, Map<String, String> ocpp, double simTimeScale, Map<String, Object> pi4j) {
        this(chargePointId, backendUrl, dataDir, httpPort, httpBind, hal, connectors, adminPassword, restartMode, vendor,
                model, ocpp, simTimeScale, pi4j, List.of());
    }

    /** The local interface's address and names. */
    public HttpBinding httpBinding() {
        return new HttpBinding(httpBind, httpPort, httpPublicNames);
    }

    /** Every setting, with the admin password and the AuthorizationKey blanked out. */
    @Override
    public String toString() {
        Map<String, String> keys = new java.util.TreeMap<>(ocpp);
        keys.computeIfPresent("AuthorizationKey", (k, v) -> "***");
        return "Settings[chargePointId=" + chargePointId + ", backendUrl=" + backendUrl + ", dataDir=" + dataDir
                + ", http=" + httpBind + ":" + httpPort + " " + httpPublicNames + ", hal=" + hal + ", connectors=" + connectors
                + ", adminPassword=" + (adminPassword == null ? "generated" : "***") + ", restartMode=" + restartMode
                + ", vendor=" + vendor + ", model=" + model + ", ocpp=" + keys + ", simTimeScale=" + simTimeScale
                + ", logs.maxTotalSize=" + logsMaxTotalSize + ", tls=" + tls + "]";
    }

    /**
     * The settings of {@code --demo}: the simulated EV runs 60 times faster than real time, and MeterValues of
     * energy, power and state of charge are sampled every 5 s; keys the operator set stay as set.
     */
    public Settings forDemo() {
        Map<String, String> keys = new java.util.HashMap<>(Map.of(
                "MeterValueSampleInterval", "5",
                "MeterValuesSampledData", "Energy.Active.Import.Register,Power.Active.Import,SoC"));
        keys.putAll(ocpp);
        return new Settings(chargePointId, backendUrl, dataDir, httpPort, httpBind, hal, connectors, adminPassword,
                restartMode, vendor, model, keys, simTimeScale == 1 ? 60 : simTimeScale, pi4j, httpPublicNames,
                logsMaxTotalSize, tls);
    }
}
