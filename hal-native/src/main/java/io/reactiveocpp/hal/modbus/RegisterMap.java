package io.reactiveocpp.hal.modbus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where a meter model keeps each measurand: data, not code. A map is a {@code .properties} file:
 * <pre>
 * model = SDM630                 # for BootNotification's meterType
 * vendor = Eastron
 * function = input               # input (0x04) or holding (0x03)
 * wordOrder = highFirst          # or lowFirst, for 32-bit values
 * maxRegistersPerRequest = 40    # the meter's limit per read, at most 125
 * energyImport = 0x0048 float32 1000   # measurand = address type scale; value = register × scale
 * </pre>
 * Measurand keys are those of {@link Measurand}; a measurand that is absent is not measured. The built-in
 * maps are resources next to this class ({@code sdm630.properties}).
 */
public final class RegisterMap {

    /** A measurand's place: value = register(s) at {@code address}, read as {@code type}, times {@code scale}. */
    public record Entry(Measurand measurand, int address, ValueType type, double scale) {
    }

    private final String model;
    private final String vendor;
    private final RegisterKind kind;
    private final WordOrder wordOrder;
    private final int maxRegistersPerRequest;
    private final Map<Measurand, Entry> entries;

    private RegisterMap(String model, String vendor, RegisterKind kind, WordOrder wordOrder, int max,
                        Map<Measurand, Entry> entries) {
        this.model = model;
        this.vendor = vendor;
        this.kind = kind;
        this.wordOrder = wordOrder;
        this.maxRegistersPerRequest = max;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * The built-in map {@code name} (e.g. {@code sdm630}) or, when there is none, the map file at that path.
     * {@link IllegalArgumentException} when neither exists or the file is invalid.
     */
    public static RegisterMap named(String name) {
        try (InputStream in = RegisterMap.class.getResourceAsStream(name + ".properties")) {
            if (in != null) {
                return parse(in, name);
            }
            Path path = Path.of(name);
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("no built-in register map and no file named " + name);
            }
            try (InputStream file = Files.newInputStream(path)) {
                return parse(file, name);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read register map " + name + ": " + e.getMessage(), e);
        }
    }

    /** Parses a map file; {@code source} names it in error messages. */
    public static RegisterMap parse(InputStream in, String source) throws IOException {
        Properties p = new Properties();
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return RegisterMapParser.parse(p, source);
    }

    static RegisterMap of(String model, String vendor, RegisterKind kind, WordOrder order, int max,
                          Map<Measurand, Entry> entries) {
        return new RegisterMap(model, vendor, kind, order, max, new EnumMap<>(entries));
    }

    public String model() {
        return model;
    }

    public String vendor() {
        return vendor;
    }

    public RegisterKind kind() {
        return kind;
    }

    public WordOrder wordOrder() {
        return wordOrder;
    }

    /** The mapped measurands. */
    public Map<Measurand, Entry> entries() {
        return entries;
    }

    /**
     * The reads that cover every entry for {@code slave}: entries in address order, grouped while a group
     * spans at most {@code maxRegistersPerRequest} registers.
     */
    public List<ReadRequest> requests(int slave) {
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparingInt(Entry::address));
        List<ReadRequest> requests = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Entry e : sorted) {
            int entryEnd = e.address() + e.type().width();
            if (start >= 0 && entryEnd - start > maxRegistersPerRequest) {
                requests.add(new ReadRequest(slave, kind, start, end - start));
                start = -1;
            }
            if (start < 0) {
                start = e.address();
            }
            end = Math.max(end, entryEnd);
        }
        if (start >= 0) {
            requests.add(new ReadRequest(slave, kind, start, end - start));
        }
        return List.copyOf(requests);
    }
}
