package io.reactiveocpp.hal.pi4j;

import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Two pseudo-terminals joined by {@code socat}, as a null-modem cable between {@link #a()} and {@link #b()} (symbolic
 * links in a directory of the test's). Opened by an ordinary user: no root, no dialout, no device of the machine's.
 *
 * <p>Without {@code socat} on the {@code PATH} the calling test is skipped (a JUnit assumption) with the install
 * command, unless socat is required: when the environment variable {@code CI} is set (the CI runner sets it) or the
 * system property {@code serial.socat.required} is {@code true}, a missing socat fails the test.
 */
final class PtyPair implements AutoCloseable {

    static final String INSTALL = "apt-get install -y socat";

    private final Process socat;
    private final Path dir;

    private PtyPair(Process socat, Path dir) {
        this.socat = socat;
        this.dir = dir;
    }

    /** Starts socat in {@code dir} and returns once it relays between both ends. */
    static PtyPair start(Path dir) throws IOException {
        if (onPath("socat") == null) {
            String message = "the serial-port tests need socat on the PATH to make a pseudo-terminal pair; not found "
                    + "(install: " + INSTALL + ")";
            if (required()) {
                throw new IllegalStateException(message + "; required here (CI is set or -Dserial.socat.required=true)");
            }
            Assumptions.abort(message);
        }
        Process socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + dir.resolve("a"),
                "pty,raw,echo=0,link=" + dir.resolve("b")).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        PtyPair pair = new PtyPair(socat, dir);
        try {
            pair.awaitTransferLoop();
        } catch (IOException | RuntimeException e) {
            pair.close();
            throw e;
        }
        return pair;
    }

    /** Reads socat's log (-d -d) until it says it relays: both links exist from then on. */
    private void awaitTransferLoop() throws IOException {
        List<String> log = new ArrayList<>();
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(socat.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                    log.add(line);
                    if (line.contains("starting data transfer loop")) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            if (!ready.get(10, TimeUnit.SECONDS) || !Files.exists(a()) || !Files.exists(b())) {
                throw new IOException("socat did not start its pty pair: " + log);
            }
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IOException("socat did not start its pty pair within 10 s: " + log, e);
        }
    }

    /** The end the code under test opens. */
    Path a() {
        return dir.resolve("a");
    }

    /** The end the simulated device opens. */
    Path b() {
        return dir.resolve("b");
    }

    long pid() {
        return socat.pid();
    }

    /** Ends socat (by its PID, SIGTERM) and waits for it; its ptys and links go with it. */
    @Override
    public void close() {
        socat.destroy();
        try {
            if (!socat.waitFor(5, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path onPath(String name) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(entry, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether a missing socat is a failure rather than a skip. */
    static boolean required() {
        String ci = System.getenv("CI");
        return (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false"))
                || Boolean.getBoolean("serial.socat.required");
    }
}
