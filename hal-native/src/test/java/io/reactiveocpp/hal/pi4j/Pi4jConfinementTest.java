package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.ChargingStation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only {@code io.reactiveocpp.hal.pi4j} may use Pi4J, and jSerialComm (the board's serial ports) too. A class that refers to a Pi4J type carries the name
 * {@code com/pi4j/...} in its constant pool, so the compiled classes of every other package are searched for it.
 */
class Pi4jConfinementTest {

    private static final byte[] PI4J = "com/pi4j/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JSERIALCOMM = "com/fazecast/".getBytes(StandardCharsets.US_ASCII);
    private static final String OWN_PACKAGE = "io/reactiveocpp/hal/pi4j/";

    @Test
    void noClassOutsideHalPi4jRefersToPi4j() throws IOException, URISyntaxException {
        List<String> offenders;
        try (Stream<Path> classes = Stream.concat(classes(ChargingStation.class), classes(Pi4jConfinementTest.class))) {
            offenders = classes.filter(this::outsidePi4jPackage).filter(Pi4jConfinementTest::refersToPi4j)
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("classes outside hal.pi4j that use Pi4J").isEmpty();
    }

    @Test
    void noClassOutsideHalPi4jRefersToJSerialComm() throws IOException, URISyntaxException {
        List<String> offenders;
        try (Stream<Path> classes = Stream.concat(classes(ChargingStation.class), classes(Pi4jConfinementTest.class))) {
            offenders = classes.filter(this::outsidePi4jPackage).filter(c -> refersTo(c, JSERIALCOMM))
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("classes outside hal.pi4j that use jSerialComm").isEmpty();
        assertThat(refersTo(classFile(JSerialCommLink.class), JSERIALCOMM)).isTrue();
    }

    @Test
    void theSearchFindsPi4jWhereItIsUsed() throws Exception {
        assertThat(refersToPi4j(classFile(Pi4jPowerRelay.class))).isTrue();
        assertThat(refersToPi4j(classFile(io.reactiveocpp.hal.modbus.ModbusEnergyMeter.class))).isFalse();
    }

    private static Stream<Path> classes(Class<?> anchor) throws IOException, URISyntaxException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Files.walk(root).filter(p -> p.toString().endsWith(".class"));
    }

    private boolean outsidePi4jPackage(Path classFile) {
        return !classFile.toString().replace('\\', '/').contains(OWN_PACKAGE);
    }

    private static Path classFile(Class<?> type) throws URISyntaxException {
        Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        return root.resolve(type.getName().replace('.', '/') + ".class");
    }

    private static boolean refersToPi4j(Path classFile) {
        return refersTo(classFile, PI4J);
    }

    private static boolean refersTo(Path classFile, byte[] name) {
        try {
            byte[] bytes = Files.readAllBytes(classFile);
            outer:
            for (int i = 0; i <= bytes.length - name.length; i++) {
                for (int j = 0; j < name.length; j++) {
                    if (bytes[i + j] != name[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
