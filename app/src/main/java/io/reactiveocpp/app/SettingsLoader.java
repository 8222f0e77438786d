package io.reactiveocpp.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the settings: defaults, then the YAML file, then {@code REACTIVE_OCPP_*} environment variables,
 * then the command line. The file:
 * <pre>
 * chargePointId: CP-1
 * backendUrl: wss://csms.example.com/ocpp
 * dataDir: /var/lib/reactive-ocpp
 * http: { port: 8080, bind: 127.0.0.1, publicNames: [wallbox.local] }
 * logs: { maxTotalSize: 50MB }  # the rolling log files in dataDir/logs/ (KB, MB, GB; at least 64KB)
 * tls:                        # PEM files of the OCPP link (wss://, SecurityProfile 2 and 3)
 *   caBundle: /etc/reactive-ocpp/csms-ca.pem
 *   clientCertificate: /etc/reactive-ocpp/cp.pem   # with clientKey: mutual TLS (SecurityProfile 3)
 *   clientKey: /etc/reactive-ocpp/cp-key.pem
 * hal: sim
 * connectors: 2
 * adminPasswordFile: /etc/reactive-ocpp/admin-password   # or adminPassword: ...
 * restartMode: in-process
 * vendor: ACME
 * model: Wallbox 22
 * ocpp:                       # any configuration key, e.g.
 *   HeartbeatInterval: 300
 *   AuthorizationKey: "my password"
 * pi4j:                       # hal pi4j: the board's wiring (hal-native's Pi4jWiring)
 *   connectors: [ ... ]
 * </pre>
 * The admin password: {@code adminPassword} or {@code adminPasswordFile} (its first line) in the file, then
 * the systemd credential {@code $CREDENTIALS_DIRECTORY/admin-password}, then
 * {@code REACTIVE_OCPP_ADMIN_PASSWORD} or {@code REACTIVE_OCPP_ADMIN_PASSWORD_FILE}, then
 * {@code --admin-password} or {@code --admin-password-file}; none of them: the stored or generated one.
 */
public final class SettingsLoader {

    /** The settings of the {@code tls:} section: PEM files. */
    private static final List<String> TLS_FILES = List.of("tls.caBundle", "tls.clientCertificate", "tls.clientKey");

    /** The systemd credential ({@code LoadCredential=admin-password:...}) read when present. */
    public static final String CREDENTIAL = "admin-password";

    private SettingsLoader() {
    }

    /** Command-line values; {@code null} where not given. */
    public record Overrides(Path config, String backend, String id, Path dataDir, Integer httpPort, String hal,
                            Integer connectors, String adminPassword, String restartMode, Path adminPasswordFile,
                            String logsMaxTotalSize) {

        /** Without a bound of the log files. */
        public Overrides(Path config, String backend, String id, Path dataDir, Integer httpPort, String hal,
                         Integer connectors, String adminPassword, String restartMode, Path adminPasswordFile) {
            this(config, backend, id, dataDir, httpPort, hal, connectors, adminPassword, restartMode, adminPasswordFile,
                    null);
        }

        /** Without a password file. */
        public Overrides(Path config, String backend, String id, Path dataDir, Integer httpPort, String hal,
                         Integer connectors, String adminPassword, String restartMode) {
            this(config, backend, id, dataDir, httpPort, hal, connectors, adminPassword, restartMode, null);
        }
    }

    public static Settings load(Overrides cli, Map<String, String> env) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("chargePointId", null);
        values.put("backendUrl", null);
        values.put("dataDir", "data");
        values.put("http.port", Settings.DEFAULT_HTTP_PORT);
        values.put("http.bind", "127.0.0.1");
        values.put("hal", "sim");
        values.put("connectors", 2);
        values.put("adminPassword", null);
        values.put("adminPasswordFile", null);
        values.put("restartMode", "in-process");
        values.put("vendor", "reactive-ocpp");
        values.put("model", "Simulated Wallbox");
        values.put("simTimeScale", "1");
        values.put("logs.maxTotalSize", String.valueOf(Settings.DEFAULT_LOGS_MAX_TOTAL_SIZE));
        for (String file : TLS_FILES) {
            values.put(file, null);
        }
        Map<String, String> ocpp = new HashMap<>();
        Map<String, Object> pi4j = new LinkedHashMap<>();
        List<String> publicNames = new ArrayList<>();
        if (cli.config() != null) {
            readFile(cli.config(), values, ocpp, pi4j, publicNames);
            adminPassword(text(values, "adminPassword"), text(values, "adminPasswordFile"), cli.config().toString(),
                    values);
        }
        String credentials = env.get("CREDENTIALS_DIRECTORY");
        if (credentials != null && !credentials.isEmpty() && Files.isRegularFile(Path.of(credentials, CREDENTIAL))) {
            adminPassword(null, Path.of(credentials, CREDENTIAL).toString(), "the systemd credential", values);
        }
        env("REACTIVE_OCPP_ID", "chargePointId", env, values);
        env("REACTIVE_OCPP_BACKEND", "backendUrl", env, values);
        env("REACTIVE_OCPP_DATA_DIR", "dataDir", env, values);
        env("REACTIVE_OCPP_HTTP_PORT", "http.port", env, values);
        env("REACTIVE_OCPP_HAL", "hal", env, values);
        env("REACTIVE_OCPP_CONNECTORS", "connectors", env, values);
        env("REACTIVE_OCPP_LOGS_MAX_TOTAL_SIZE", "logs.maxTotalSize", env, values);
        env("REACTIVE_OCPP_TLS_CA_BUNDLE", "tls.caBundle", env, values);
        env("REACTIVE_OCPP_TLS_CLIENT_CERTIFICATE", "tls.clientCertificate", env, values);
        env("REACTIVE_OCPP_TLS_CLIENT_KEY", "tls.clientKey", env, values);
        adminPassword(blankIsNull(env.get("REACTIVE_OCPP_ADMIN_PASSWORD")),
                blankIsNull(env.get("REACTIVE_OCPP_ADMIN_PASSWORD_FILE")), "the environment", values);
        cli("chargePointId", cli.id(), values);
        cli("backendUrl", cli.backend(), values);
        cli("dataDir", cli.dataDir(), values);
        cli("http.port", cli.httpPort(), values);
        cli("hal", cli.hal(), values);
        cli("connectors", cli.connectors(), values);
        adminPassword(cli.adminPassword(), cli.adminPasswordFile() == null ? null : cli.adminPasswordFile().toString(),
                "the command line", values);
        cli("restartMode", cli.restartMode(), values);
        cli("logs.maxTotalSize", cli.logsMaxTotalSize(), values);
        return new Settings(text(values, "chargePointId"), text(values, "backendUrl"), Path.of(text(values, "dataDir")),
                number(values, "http.port"), text(values, "http.bind"), text(values, "hal"), number(values, "connectors"),
                passwordFromFile(text(values, "adminPassword"), text(values, "adminPasswordFile")),
                text(values, "restartMode"), text(values, "vendor"), text(values, "model"), ocpp,
                decimal(values, "simTimeScale"), pi4j, publicNames, size(values, "logs.maxTotalSize"),
                new TlsFiles(path(values, "tls.caBundle"), path(values, "tls.clientCertificate"),
                        path(values, "tls.clientKey")));
    }

    private static Path path(Map<String, Object> values, String key) {
        String text = text(values, key);
        return text == null || text.isBlank() ? null : Path.of(text);
    }

    /** One source's admin password, given as such or as a file: replaces what a lower source gave. */
    private static void adminPassword(String password, String file, String source, Map<String, Object> values) {
        if (password != null && file != null) {
            throw new IllegalArgumentException(source + ": give adminPassword or adminPasswordFile, not both");
        }
        if (password != null || file != null) {
            values.put("adminPassword", password);
            values.put("adminPasswordFile", file);
        }
    }

    /** The first line of {@code file}, without its line end; {@code password} when there is no file. */
    private static String passwordFromFile(String password, String file) {
        if (file == null) {
            return password;
        }
        String text;
        try {
            text = Files.readString(Path.of(file));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("adminPasswordFile: cannot read " + file + " (" + e.getClass().getSimpleName()
                    + ")", e);
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (line.isEmpty()) {
            throw new IllegalArgumentException("adminPasswordFile: the first line of " + file + " is empty");
        }
        return line;
    }

    private static String blankIsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static void readFile(Path file, Map<String, Object> values, Map<String, String> ocpp,
                                 Map<String, Object> pi4j, List<String> publicNames) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode root;
        try {
            root = yaml.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the configuration file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + " must be a YAML mapping");
        }
        root.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (key.equals("ocpp")) {
                value.fields().forEachRemaining(k -> ocpp.put(k.getKey(), k.getValue().asText()));
            } else if (key.equals("pi4j")) {
                if (!value.isObject()) {
                    throw new IllegalArgumentException(file + ": pi4j must be a mapping (the board's wiring)");
                }
                pi4j.putAll(yaml.convertValue(value, new TypeReference<Map<String, Object>>() { }));
            } else if (key.equals("http")) {
                value.fields().forEachRemaining(k -> {
                    if (k.getKey().equals("publicNames")) {
                        publicNames(file, k.getValue(), publicNames);
                    } else {
                        values.put("http." + k.getKey(), k.getValue().asText());
                    }
                });
            } else if ((key.equals("logs") || key.equals("tls")) && value.isObject()) {
                value.fields().forEachRemaining(k -> {
                    if (!values.containsKey(key + "." + k.getKey())) {
                        throw new IllegalArgumentException(file + ": unknown setting '" + key + "." + k.getKey()
                                + "'; known: " + (key.equals("tls") ? String.join(", ", TLS_FILES) : "logs.maxTotalSize"));
                    }
                    values.put(key + "." + k.getKey(), k.getValue().isNull() ? null : k.getValue().asText());
                });
            } else if (values.containsKey(key)) {
                values.put(key, value.isNull() ? null : value.asText());
            } else {
                throw new IllegalArgumentException(file + ": unknown setting '" + key + "'; known: " + values.keySet()
                        + ", the ocpp: and the pi4j: sections");
            }
        });
    }

    /** {@code http.publicNames}: a list of names, or one name. */
    private static void publicNames(Path file, JsonNode value, List<String> names) {
        if (value.isTextual()) {
            names.add(value.textValue());
            return;
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(file + ": http.publicNames must be a list of host names, such as "
                    + "[wallbox.local]");
        }
        value.forEach(name -> {
            if (!name.isTextual()) {
                throw new IllegalArgumentException(file + ": http.publicNames must be a list of host names, got " + name);
            }
            names.add(name.textValue());
        });
    }

    private static void env(String variable, String key, Map<String, String> env, Map<String, Object> values) {
        String value = env.get(variable);
        if (value != null && !value.isEmpty()) {
            values.put(key, value);
        }
    }

    private static void cli(String key, Object value, Map<String, Object> values) {
        if (value != null) {
            values.put(key, value.toString());
        }
    }

    private static String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }

    private static double decimal(Map<String, Object> values, String key) {
        String value = text(values, key);
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(key + " must be a number, got " + value);
        }
    }

    /** A size such as {@code 50MB}, {@code 512KB}, {@code 1GB} or bytes. */
    private static long size(Map<String, Object> values, String key) {
        String value = text(values, key);
        try {
            return ch.qos.logback.core.util.FileSize.valueOf(value.trim()).getSize();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(key + " must be a size such as 50MB, 512KB or 1GB, got " + value);
        }
    }

    private static int number(Map<String, Object> values, String key) {
        String value = text(values, key);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got " + value);
        }
    }
}
