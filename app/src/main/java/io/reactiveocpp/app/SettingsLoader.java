package io.reactiveocpp.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges the settings: defaults, then the YAML file, then {@code REACTIVE_OCPP_*} environment variables,
 * then the command line. The file:
 * <pre>
 * chargePointId: CP-1
 * backendUrl: wss://csms.example.com/ocpp
 * dataDir: /var/lib/reactive-ocpp
 * http: { port: 8080, bind: 127.0.0.1 }
 * hal: sim
 * connectors: 2
 * adminPassword: ...
 * restartMode: in-process
 * vendor: ACME
 * model: Wallbox 22
 * ocpp:                       # any configuration key, e.g.
 *   HeartbeatInterval: 300
 *   AuthorizationKey: "my password"
 * pi4j:                       # hal pi4j: the board's wiring (hal-native's Pi4jWiring)
 *   connectors: [ ... ]
 * </pre>
 */
public final class SettingsLoader {

    private SettingsLoader() {
    }

    /** Command-line values; {@code null} where not given. */
    public record Overrides(Path config, String backend, String id, Path dataDir, Integer httpPort, String hal,
                            Integer connectors, String adminPassword, String restartMode) {
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
        values.put("restartMode", "in-process");
        values.put("vendor", "reactive-ocpp");
        values.put("model", "Simulated Wallbox");
        values.put("simTimeScale", "1");
        Map<String, String> ocpp = new HashMap<>();
        Map<String, Object> pi4j = new LinkedHashMap<>();
        if (cli.config() != null) {
            readFile(cli.config(), values, ocpp, pi4j);
        }
        env("REACTIVE_OCPP_ID", "chargePointId", env, values);
        env("REACTIVE_OCPP_BACKEND", "backendUrl", env, values);
        env("REACTIVE_OCPP_DATA_DIR", "dataDir", env, values);
        env("REACTIVE_OCPP_HTTP_PORT", "http.port", env, values);
        env("REACTIVE_OCPP_HAL", "hal", env, values);
        env("REACTIVE_OCPP_CONNECTORS", "connectors", env, values);
        env("REACTIVE_OCPP_ADMIN_PASSWORD", "adminPassword", env, values);
        cli("chargePointId", cli.id(), values);
        cli("backendUrl", cli.backend(), values);
        cli("dataDir", cli.dataDir(), values);
        cli("http.port", cli.httpPort(), values);
        cli("hal", cli.hal(), values);
        cli("connectors", cli.connectors(), values);
        cli("adminPassword", cli.adminPassword(), values);
        cli("restartMode", cli.restartMode(), values);
        return new Settings(text(values, "chargePointId"), text(values, "backendUrl"), Path.of(text(values, "dataDir")),
                number(values, "http.port"), text(values, "http.bind"), text(values, "hal"), number(values, "connectors"),
                text(values, "adminPassword"), text(values, "restartMode"), text(values, "vendor"),
                text(values, "model"), ocpp, decimal(values, "simTimeScale"), pi4j);
    }

    private static void readFile(Path file, Map<String, Object> values, Map<String, String> ocpp,
                                 Map<String, Object> pi4j) {
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
                value.fields().forEachRemaining(k -> values.put("http." + k.getKey(), k.getValue().asText()));
            } else if (values.containsKey(key)) {
                values.put(key, value.isNull() ? null : value.asText());
            } else {
                throw new IllegalArgumentException(file + ": unknown setting '" + key + "'; known: " + values.keySet()
                        + ", the ocpp: and the pi4j: sections");
            }
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

    private static int number(Map<String, Object> values, String key) {
        String value = text(values, key);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got " + value);
        }
    }
}
