package io.reactiveocpp.hal.modbus;

import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/** Reads the {@code .properties} form of a {@link RegisterMap}; every error names the file and the key. */
final class RegisterMapParser {

    private RegisterMapParser() {
    }

    static RegisterMap parse(Properties p, String source) {
        String model = required(p, "model", source);
        String vendor = p.getProperty("vendor", "").trim();
        RegisterKind kind = switchValue(p, "function", source, "input", RegisterKind.INPUT, "holding", RegisterKind.HOLDING);
        WordOrder order = switchValue(p, "wordOrder", source, "highFirst", WordOrder.HIGH_FIRST, "lowFirst", WordOrder.LOW_FIRST);
        int max = (int) number(required(p, "maxRegistersPerRequest", source), "maxRegistersPerRequest", source);
        if (max < 2 || max > ReadRequest.MAX_COUNT) {
            throw new IllegalArgumentException(source + ": maxRegistersPerRequest must be 2 to 125, got " + max);
        }
        Map<Measurand, RegisterMap.Entry> entries = new EnumMap<>(Measurand.class);
        for (Measurand m : Measurand.values()) {
            String value = p.getProperty(m.key());
            if (value != null) {
                entries.put(m, entry(m, value.trim(), source));
            }
        }
        if (!entries.containsKey(Measurand.ENERGY_IMPORT_WH)) {
            throw new IllegalArgumentException(source + ": energyImport is required");
        }
        for (String key : p.stringPropertyNames()) {
            if (!known(key)) {
                throw new IllegalArgumentException(source + ": unknown key " + key);
            }
        }
        return RegisterMap.of(model, vendor.isEmpty() ? null : vendor, kind, order, max, entries);
    }

    private static RegisterMap.Entry entry(Measurand m, String value, String source) {
        String[] parts = value.split("\\s+");
        if (parts.length != 3) {
            throw new IllegalArgumentException(source + ": " + m.key() + " must be 'address type scale', got " + value);
        }
        int address = (int) number(parts[0], m.key(), source);
        ValueType type;
        try {
            type = ValueType.of(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + m.key() + ": " + e.getMessage(), e);
        }
        double scale = number(parts[2], m.key(), source);
        if (address < 0 || address + type.width() > 0x10000 || !(scale != 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException(source + ": " + m.key() + " needs an address 0 to 65535 and a non-zero scale, got " + value);
        }
        return new RegisterMap.Entry(m, address, type, scale);
    }

    private static boolean known(String key) {
        if (key.equals("model") || key.equals("vendor") || key.equals("function") || key.equals("wordOrder")
                || key.equals("maxRegistersPerRequest")) {
            return true;
        }
        for (Measurand m : Measurand.values()) {
            if (m.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static String required(Properties p, String key, String source) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(source + ": " + key + " is required");
        }
        return value.trim();
    }

    private static <T> T switchValue(Properties p, String key, String source, String a, T ifA, String b, T ifB) {
        String value = required(p, key, source);
        if (value.equals(a)) {
            return ifA;
        }
        if (value.equals(b)) {
            return ifB;
        }
        throw new IllegalArgumentException(source + ": " + key + " must be " + a + " or " + b + ", got " + value);
    }

    private static double number(String text, String key, String source) {
        try {
            return text.startsWith("0x") || text.startsWith("0X")
                    ? Integer.parseInt(text.substring(2), 16)
                    : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": " + key + " has a bad number " + text, e);
        }
    }
}
