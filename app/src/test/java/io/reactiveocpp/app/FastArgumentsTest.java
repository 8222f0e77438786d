package io.reactiveocpp.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain command line starts the service without picocli, with exactly the values picocli would have set. */
class FastArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void plainCommandLinesGiveTheFieldsPicocliGives() throws Exception {
        for (String[] args : List.of(new String[0],
                new String[] {"--backend", "ws://127.0.0.1:9000/ocpp", "--id", "CP-1", "--data-dir", "/var/lib/x",
                        "--http-port", "8099", "--hal", "sim", "--connectors", "2", "--restart-mode", "exit"},
                new String[] {"--config=/etc/x.yaml", "--admin-password-file", "/run/p", "--logs-max-total-size", "1MB"},
                new String[] {"--demo", "--demo-seconds", "3", "--http-port", "0", "--admin-password", ""},
                new String[] {"--fleet", "10", "--id-prefix", "F-", "--sessions-per-hour", "0.5",
                        "--energy-per-session", "7", "--ramp-rate", "5", "--fleet-seconds", "9"})) {
            Main fast = new Main();
            Main picocli = new Main();

            assertThat(FastArguments.apply(fast, args)).as(String.join(" ", args)).isTrue();
            new CommandLine(picocli).parseArgs(args);

            assertThat(options(fast)).as(String.join(" ", args)).isEqualTo(options(picocli));
        }
    }

    @Test
    void helpVersionAndMistakesAreLeftToPicocli() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"--version"},
                new String[] {"--nope", "x"}, new String[] {"--id", "a", "--id", "b"}, new String[] {"--http-port", "abc"},
                new String[] {"--demo=true"}, new String[] {"--id"}, new String[] {"positional"},
                new String[] {"--admin-password", "--id", "x"})) {
            assertThat(FastArguments.apply(new Main(), args)).as(String.join(" ", args)).isFalse();
        }
    }

    /** The whole service (its demo, as a child JVM) runs without loading picocli's parser. */
    @Test
    void aPlainStartLoadsNoPicocliParser() throws Exception {
        Path classes = dir.resolve("classes.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-Xlog:class+load:file=" + classes, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--demo", "--demo-seconds", "1", "--http-port", "0", "--data-dir", dir.resolve("data").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("service.log").toFile()).start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(process.exitValue()).as(Files.readString(dir.resolve("service.log"))).isZero();
        List<String> picocli = Files.readAllLines(classes).stream().filter(line -> line.contains(" picocli.")).toList();
        // the @Option annotation and the types its members' defaults name (8 classes), not the parser (170)
        assertThat(picocli).noneMatch(line -> line.contains(" picocli.CommandLine source")).hasSizeLessThan(20);
    }

    private static Map<String, Object> options(Main main) throws IllegalAccessException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : Main.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(CommandLine.Option.class)) {
                field.setAccessible(true);
                values.put(field.getName(), field.get(main));
            }
        }
        return values;
    }
}
