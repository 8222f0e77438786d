package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.HardwareException;
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
 * the app is configured); firmware installation is not available yet and fails; the network state is read from
 * the interfaces that are up when {@link #network()} is subscribed: Ethernet is an interface named {@code eth*}
 * or {@code en*}, a mobile link one named {@code wwan*} or {@code ppp*}. Changes are not watched.
 */
final class HostSystem implements SystemControl {

    private final Runnable rebootHook;

    HostSystem(Runnable rebootHook) {
        this.rebootHook = rebootHook;
    }

    @Override
    public void reboot(String reason) {
        rebootHook.run();
    }

    @Override
    public Mono<Void> installFirmware(Path file) {
        return Mono.error(new HardwareException("firmware installation is not available on the Pi4J station yet"));
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
