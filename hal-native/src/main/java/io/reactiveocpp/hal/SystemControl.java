package io.reactiveocpp.hal;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.file.Path;

/** The controller's operating system side. */
public interface SystemControl {

    /** Restarts the charge controller (or the charge point software, as the app is configured). */
    void reboot(String reason);

    /** Installs a downloaded firmware file; completes when installed, before the reboot that activates it. */
    Mono<Void> installFirmware(Path file);

    /**
     * The version of the firmware running now, as the system knows it (e.g. after an A/B install), or {@code null}
     * when unknown: then the engine reports the version it installed last, or the configured one.
     */
    default String firmwareVersion() {
        return null;
    }

    /** Which networks are up, now and on every change. */
    Flux<NetworkState> network();

    /**
     * Network interfaces that are up.
     *
     * @param ethernet an Ethernet link is up
     * @param gsm      a mobile data link is up
     */
    record NetworkState(boolean ethernet, boolean gsm) {
    }
}
