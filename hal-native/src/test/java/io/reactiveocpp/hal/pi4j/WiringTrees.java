package io.reactiveocpp.hal.pi4j;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Wiring trees as the app gets them: YAML read by Jackson into {@code Map}s and {@code List}s. */
final class WiringTrees {

    private WiringTrees() {
    }

    /** The {@code pi4j:} section of the YAML resource {@code name} next to this class; mutable. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> pi4jSection(String name) {
        try (InputStream in = WiringTrees.class.getResourceAsStream(name)) {
            Map<String, Object> file = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            return (Map<String, Object>) file.get("pi4j");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The README's two-connector station. */
    static Map<String, Object> twoConnectors() {
        return pi4jSection("two-connectors.yaml");
    }

    /**
     * Sets the value at {@code path} ({@code connectors[1].meter.baud}); {@code null} removes the key. Returns the tree.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> tree, String path, Object value) {
        Object node = tree;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            int bracket = step.indexOf('[');
            String key = bracket < 0 ? step : step.substring(0, bracket);
            Map<String, Object> map = (Map<String, Object>) node;
            if (i == steps.length - 1 && bracket < 0) {
                if (value == null) {
                    map.remove(key);
                } else {
                    map.put(key, value);
                }
                return tree;
            }
            node = map.get(key);
            if (bracket >= 0) {
                node = ((List<Object>) node).get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
            }
        }
        return tree;
    }
}
