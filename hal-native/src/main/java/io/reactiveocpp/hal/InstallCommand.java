package io.reactiveocpp.hal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * The system command that installs a firmware file, e.g. an A/B updater: {@code ["rauc", "install", "{file}"]}.
 * It runs without a shell; {@value #FILE} in any argument becomes the file's absolute path. Its output (stderr
 * merged into stdout) is logged line by line at INFO; the last {@value #KEPT_LINES} lines are kept, and the last
 * {@value #REPORTED_LINES} of them go into the error when the command fails.
 *
 * @param command the program and its arguments; at least one, the program not blank
 * @param timeout how long the command may run, 1 s to 24 h; then it is killed and the install fails
 */
public record InstallCommand(List<String> command, Duration timeout) {

    /** The placeholder for the firmware file's absolute path. */
    public static final String FILE = "{file}";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration MAX_TIMEOUT = Duration.ofHours(24);
    static final int KEPT_LINES = 200;
    static final int REPORTED_LINES = 20;

    private static final Logger log = LoggerFactory.getLogger(InstallCommand.class);
    private static final long OUTPUT_DRAIN_MILLIS = 2_000;

    public InstallCommand {
        if (command == null || command.isEmpty()) {
            throw new IllegalArgumentException("command must have at least one argument");
        }
        for (int i = 0; i < command.size(); i++) {
            if (command.get(i) == null) {
                throw new IllegalArgumentException("command[" + i + "] must not be null");
            }
        }
        if (command.get(0).isBlank()) {
            throw new IllegalArgumentException("command[0] (the program) must not be blank");
        }
        command = List.copyOf(command);
        if (timeout == null || timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout must be 1 s to 24 h, got " + timeout);
        }
    }

    /** The command with the {@linkplain #DEFAULT_TIMEOUT default timeout}. */
    public static InstallCommand of(String... command) {
        return new InstallCommand(command == null ? null : List.of(command), DEFAULT_TIMEOUT);
    }

    /** The arguments for {@code file}: {@value #FILE} replaced by its absolute path. */
    public List<String> argumentsFor(Path file) {
        String path = file.toAbsolutePath().toString();
        return command.stream().map(argument -> argument.replace(FILE, path)).toList();
    }

    /**
     * Runs the command for {@code file} when subscribed, on {@link Schedulers#boundedElastic()}; completes when it
     * exits with 0. Fails with {@link HardwareException} when the file is missing, the command cannot start, exits
     * with another code (the error names the code and the last output lines) or outlives the timeout (it is killed,
     * with the processes it started).
     */
    public Mono<Void> run(Path file) {
        return Mono.<Void>fromRunnable(() -> execute(file)).subscribeOn(Schedulers.boundedElastic());
    }

    private void execute(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new HardwareException("firmware file " + file.toAbsolutePath() + " is missing");
        }
        List<String> arguments = argumentsFor(file);
        log.info("installing firmware: {}", arguments);
        Process process;
        try {
            process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new HardwareException("install command " + arguments + " cannot start: " + e.getMessage(), e);
        }
        OutputTail tail = new OutputTail(process, arguments.get(0));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                tail.drain();
                throw new HardwareException("install command " + arguments + " timed out after " + timeout.toSeconds()
                        + " s and was killed; last output: " + tail.last(REPORTED_LINES));
            }
            tail.drain();
            int exit = process.exitValue();
            if (exit != 0) {
                throw new HardwareException("install command " + arguments + " failed with exit code " + exit
                        + "; last output: " + tail.last(REPORTED_LINES));
            }
            log.info("firmware installed by {}", arguments.get(0));
        } catch (InterruptedException e) {
            kill(process); // the install was cancelled
            Thread.currentThread().interrupt();
            throw new HardwareException("install command " + arguments + " was interrupted", e);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly); // e.g. what a script started
        process.destroyForcibly();
        try {
            process.waitFor(OUTPUT_DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Logs a process's output as it comes and keeps its last {@value #KEPT_LINES} lines. */
    private static final class OutputTail {

        private final LinkedBlockingDeque<String> lines = new LinkedBlockingDeque<>(KEPT_LINES);
        private final Thread reader;

        OutputTail(Process process, String program) {
            reader = new Thread(() -> pump(process, "[" + program + "] "), "install-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void pump(Process process, String prefix) {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    log.info("{}{}", prefix, line);
                    while (!lines.offerLast(line)) {
                        lines.pollFirst(); // the only writer: room is made for the newest line
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // the process was killed or closed its output: what was read is kept
            }
        }

        /** Waits (bounded) for the output after the process ended, so that its last lines are in. */
        void drain() throws InterruptedException {
            reader.join(OUTPUT_DRAIN_MILLIS);
        }

        String last(int count) {
            List<String> all = new ArrayList<>(lines);
            return all.isEmpty() ? "(none)" : String.join(" | ", all.subList(Math.max(0, all.size() - count), all.size()));
        }
    }
}
