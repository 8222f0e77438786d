package io.reactiveocpp.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end (bounded) and keeps its exit code, stdout and stderr. */
record Commands(int exit, String out, String err) {

    static Commands run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("cmd", ".out");
        Path err = Files.createTempFile("cmd", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("did not end within 60 s: " + String.join(" ", command));
            }
            return new Commands(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Commands run(String... command) throws IOException, InterruptedException {
        return run(Map.of(), command);
    }

    /** Runs and expects exit code 0; returns stdout. */
    static String ok(String... command) throws IOException, InterruptedException {
        Commands result = run(command);
        if (result.exit() != 0) {
            throw new AssertionError(String.join(" ", command) + " ended with " + result.exit() + ": " + result.err());
        }
        return result.out();
    }

    /** Whether {@code name} is a command on this machine's PATH. */
    static boolean exists(String name) throws IOException, InterruptedException {
        return run("sh", "-c", "command -v " + name).exit() == 0;
    }
}
