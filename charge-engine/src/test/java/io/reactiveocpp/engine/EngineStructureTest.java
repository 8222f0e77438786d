package io.reactiveocpp.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's structure (issue 12): hardware commands only through {@code engine.hal}, and no main class over
 * 350 lines. Read from the module's sources (Maven runs tests in the module directory).
 */
class EngineStructureTest {

    private static final Path MAIN = Path.of("src/main/java/io/reactiveocpp/engine");
    /** The HAL types through which the hardware is commanded. */
    private static final Pattern HARDWARE = Pattern.compile(
            "io\\.reactiveocpp\\.hal\\.(ChargingStation|ConnectorHardware|PowerRelay|ControlPilot|ConnectorLock"
                    + "|EnergyMeter|SystemControl)\\b");

    @Test
    void onlyEngineHalTouchesTheHardware() throws IOException {
        Map<String, String> sources = sources();
        List<String> offenders = sources.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("hal/") && !e.getKey().equals("ChargePoint.java"))
                .filter(e -> HARDWARE.matcher(e.getValue()).find())
                .map(Map.Entry::getKey).sorted().toList();
        assertThat(offenders).as("classes that command the hardware around HardwareBridge").isEmpty();
        assertThat(sources.get("ChargePoint.java")).as("ChargePoint only hands the station to engine.hal")
                .doesNotContain("station.connector(", "station.system()", "station.hmi()");
    }

    @Test
    void noMainClassIsOver350Lines() throws IOException {
        Map<String, Long> lines = sources().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().lines().count()));
        assertThat(lines).allSatisfy((file, count) -> assertThat(count).as(file).isLessThanOrEqualTo(350));
    }

    private static Map<String, String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toMap(
                    p -> MAIN.relativize(p).toString().replace('\\', '/'), EngineStructureTest::read));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
