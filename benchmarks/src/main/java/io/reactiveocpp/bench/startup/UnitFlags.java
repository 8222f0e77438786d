package io.reactiveocpp.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JVM flags of the systemd unit: its {@code Environment="JAVA_OPTS=..."} line, split at blanks. */
final class UnitFlags {

    private static final String PREFIX = "Environment=\"JAVA_OPTS=";

    private UnitFlags() {
    }

    /** The flags; a {@code -XX:SharedArchiveFile=} is always among them (the race replaces its path). */
    static List<String> javaOpts(Path unit) throws IOException {
        for (String line : Files.readAllLines(unit)) {
            if (line.startsWith(PREFIX)) {
                String value = line.substring(PREFIX.length(), line.lastIndexOf('"'));
                List<String> flags = new ArrayList<>(List.of(value.trim().split("\\s+")));
                if (flags.stream().noneMatch(flag -> flag.startsWith("-XX:SharedArchiveFile="))) {
                    flags.add("-XX:SharedArchiveFile=");
                }
                return flags;
            }
        }
        throw new IllegalArgumentException("unit: no line " + PREFIX + "...\" in " + unit);
    }
}
