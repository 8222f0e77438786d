package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.SystemControl;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated operating system side. It does not restart anything: it records reboot requests (and
 * emits them, for the app to decide what a reboot means) and firmware installations, and has a network
 * state a developer toggles. Records are written on the worker and read anywhere as immutable snapshots.
 */
public final class SimulatedSystem implements SystemControl {

    /** The network at start: Ethernet up, no mobile link. */
    public static final NetworkState DEFAULT_NETWORK = new NetworkState(true, false);

    private final SimWorker worker;
    private final Duration installTime;
    private final Sinks.Many<NetworkState> network = Sinks.many().replay().latest();
    private final Sinks.Many<String> rebootRequested = Sinks.many().multicast().directBestEffort();
    private volatile List<String> reboots = List.of();
    private volatile List<Path> installed = List.of();
    private volatile String version;

    SimulatedSystem(SimWorker worker, Duration installTime) {
        this.worker = worker;
        this.installTime = installTime;
        network.tryEmitNext(DEFAULT_NETWORK);
    }

    @Override
    public void reboot(String reason) {
        worker.execute(() -> {
            reboots = append(reboots, reason == null ? "" : reason);
            rebootRequested.tryEmitNext(reason == null ? "" : reason);
        });
    }

    /**
     * {@inheritDoc} Lazy; takes the configured install time; fails with {@link HardwareException} when the
     * file is missing or empty (a download gone wrong). The simulator's "firmware" is a text file whose first
     * line names its version: that becomes {@link #firmwareVersion()}. It is not kept across a restart of the
     * simulator; the engine keeps the version it installed in its own store.
     */
    @Override
    public Mono<Void> installFirmware(Path file) {
        return worker.command(installTime, () -> {
            try {
                if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                    throw new HardwareException("firmware file " + file + " is missing or empty");
                }
                try (var lines = Files.lines(file)) {
                    String first = lines.findFirst().orElse("").strip();
                    version = first.isEmpty() || first.length() > 50 ? null : first;
                } catch (java.io.UncheckedIOException e) {
                    version = null; // not text: a firmware without a readable version
                }
            } catch (IOException e) {
                throw new HardwareException("firmware file " + file + " cannot be read", e);
            }
            installed = append(installed, file);
            return null;
        });
    }

    /** The version named by the last installed firmware file, or {@code null} before any install. */
    @Override
    public String firmwareVersion() {
        return version;
    }

    @Override
    public Flux<NetworkState> network() {
        return network.asFlux();
    }

    /** Reboot requests as they arrive, with their reason. */
    public Flux<String> rebootRequested() {
        return rebootRequested.asFlux();
    }

    /** The reasons of every reboot requested so far, oldest first. */
    public List<String> rebootRequests() {
        return reboots;
    }

    /** Every firmware file installed so far, oldest first. */
    public List<Path> installedFirmware() {
        return installed;
    }

    /** Sets which networks are up. */
    public void setNetwork(boolean ethernet, boolean gsm) {
        worker.execute(() -> network.tryEmitNext(new NetworkState(ethernet, gsm)));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }
}
