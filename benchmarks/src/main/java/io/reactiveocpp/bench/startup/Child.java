package io.reactiveocpp.bench.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One launched JVM of the race: started with {@link ProcessBuilder} (no shell in between, so its PID is the
 * JVM's), its standard output read line by line on a thread of its own, so that the moment a line arrives is
 * taken when the child writes it, not when someone asks. Stopped by its PID (SIGTERM, then SIGKILL after 15 s).
 */
public final class Child implements AutoCloseable {

    private final Process process;
    private final long launchedNanos;
    private final CompletableFuture<Long> marker = new CompletableFuture<>();
    private final StringBuilder tail = new StringBuilder();

    private Child(Process process, long launchedNanos, String markerText) {
        this.process = process;
        this.launchedNanos = launchedNanos;
        Thread reader = new Thread(() -> read(markerText), "child-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Launches {@code command} with these extra environment variables; stdout and stderr merged. */
    public static Child launch(List<String> command, Map<String, String> environment, String markerText) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long before = System.nanoTime();
        return new Child(builder.start(), before, markerText);
    }

    private void read(String markerText) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                long now = System.nanoTime();
                if (!marker.isDone() && line.contains(markerText)) {
                    marker.complete(now);
                }
                synchronized (tail) { // the bench's reader thread and the caller; the bench is no service code
                    if (tail.length() > 20_000) {
                        tail.delete(0, 10_000);
                    }
                    tail.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // the child ended
        }
        marker.completeExceptionally(new IllegalStateException("the child ended without the line: " + output()));
    }

    /** Milliseconds from launch to the marker line, waiting at most {@code timeoutSeconds}. */
    public double millisToMarker(int timeoutSeconds) throws Exception {
        try {
            return (marker.get(timeoutSeconds, TimeUnit.SECONDS) - launchedNanos) / 1e6;
        } catch (TimeoutException e) {
            throw new IllegalStateException("no marker line after " + timeoutSeconds + " s: " + output(), e);
        }
    }

    /** Sleeps until this long after the launch. */
    void awaitSinceLaunch(long millis) throws InterruptedException {
        long left = launchedNanos + millis * 1_000_000 - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /** {@code VmRSS} of /proc/PID/status, MiB. */
    public double rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + process.pid());
    }

    public long pid() {
        return process.pid();
    }

    public String output() {
        synchronized (tail) {
            return tail.toString();
        }
    }

    /** Waits for the child to end by itself; its exit code. */
    int waitFor(int timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("child " + process.pid() + " still running: " + output());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        ProcessHandle handle = process.toHandle();
        handle.destroy(); // SIGTERM to this PID only
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            handle.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
