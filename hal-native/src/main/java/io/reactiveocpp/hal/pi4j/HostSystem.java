package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.InstallCommand;
import io.reactiveocpp.hal.SystemControl;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/**
 * The system side of a Pi4J station. A reboot runs the app's hook (which restarts the service or the board, as
 * the app is configured); a firmware file is installed by the configured {@link InstallCommand} (e.g. an A/B
 * updater), and fails when none is configured; the engine reboots after it. The network state is read from
 * the interfaces that are up when {@link #network()} is subscribed: Ethernet is an interface named {@code eth*}
 * or {@code en*}, a mobile link one named {@code wwan*} or {@code ppp*}. Changes are not watched.
 */
final class HostSystem implements SystemControl {

    private final Runnable rebootHook;
    private final InstallCommand install;

    /** {@code install} may be {@code null}: then firmware installation is not available. */
    HostSystem(Runnable rebootHook, InstallCommand install) {
        this.rebootHook = rebootHook;
        this.install = install;
    }

    @Override
    public void reboot(String reason) {
        rebootHook.run();
    }

    @Override
    public Mono<Void> installFirmware(Path file) {
        if (install == null) {
            return Mono.error(new HardwareException("firmware installation is not available on the Pi4J station:"
                    + " no pi4j.firmware.installCommand is configured"));
        }
        return install.run(file);
    }

    @Override
    public Flux<NetworkState> network() {
        return Mono.fromCallable(HostSystem::interfaces).flux();
    }

    private static NetworkState interfaces() {
        boolean ethernet = false;
        boolean gsm = false;
        List<NetworkInterface> all;
        try {
            all = Collections.list(NetworkInterface.getNetworkInterfaces());
        } catch (SocketException e) {
            throw new HardwareException("cannot list the network interfaces: " + e.getMessage(), e);
        }
        for (NetworkInterface nic : all) {
            try {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
            } catch (SocketException e) {
                continue; // gone while we looked
            }
            String name = nic.getName();
            ethernet |= name.startsWith("eth") || name.startsWith("en");
            gsm |= name.startsWith("wwan") || name.startsWith("ppp");
        }
        return new NetworkState(ethernet, gsm);
    }
}
