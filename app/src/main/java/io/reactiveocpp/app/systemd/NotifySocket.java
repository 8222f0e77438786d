package io.reactiveocpp.app.systemd;

import io.netty.channel.epoll.Epoll;
import io.netty.channel.unix.Socket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sends one sd_notify(3) message (newline-separated {@code KEY=VALUE} lines) to {@code NOTIFY_SOCKET}, a unix
 * datagram socket, a path or an abstract name ({@code @} first).
 *
 * <p>JDK 17 has unix domain sockets for streams only. Netty's native epoll transport, already in the jar for
 * Reactor Netty (linux-x86_64), has unix datagram sockets: a blocking-free {@code sendto} from the calling
 * thread, no event loop. Where its native library is missing (a jar built without the board's classifier, e.g.
 * aarch64 or armv7) the message goes through {@code systemd-notify} instead, a child process: the unit then needs
 * {@code NotifyAccess=all}, and systemd-notify (since systemd 246) waits until systemd has read the message, so
 * it is not lost when the child ends first.
 */
final class NotifySocket {

    private static final Logger LOG = LoggerFactory.getLogger(NotifySocket.class);

    private NotifySocket() {
    }

    /** The sender for {@code address} (the value of {@code NOTIFY_SOCKET}): epoll if loadable, else the command. */
    static Consumer<String> to(String address) {
        if (address.isEmpty() || !(address.startsWith("/") || address.startsWith("@"))) {
            throw new IllegalArgumentException("NOTIFY_SOCKET: not a unix socket path or @abstract name: " + address);
        }
        if (Epoll.isAvailable()) {
            return datagram(address);
        }
        LOG.info("systemd notifications through systemd-notify (no native epoll: {})",
                Epoll.unavailabilityCause().toString());
        return command(address);
    }

    private static Consumer<String> datagram(String address) {
        byte[] path = address.getBytes(StandardCharsets.UTF_8);
        if (path[0] == '@') {
            path[0] = 0; // the abstract namespace
        }
        Socket socket = Socket.newSocketDomainDgram();
        return message -> {
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
            try {
                if (socket.sendToDomainSocket(buffer, 0, bytes.length, path) != bytes.length) {
                    LOG.warn("systemd notification not sent (socket busy): {}", message.replace('\n', ' '));
                }
            } catch (IOException e) {
                LOG.warn("systemd notification not sent: {} ({})", message.replace('\n', ' '), e.toString());
            }
        };
    }

    /** Through {@code systemd-notify VAR=VALUE...}, a child process given {@code NOTIFY_SOCKET=address}. */
    static Consumer<String> command(String address) {
        return message -> command(address, message);
    }

    private static void command(String address, String message) {
        try {
            ProcessBuilder builder = new ProcessBuilder(concat(message.split("\n"))).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("NOTIFY_SOCKET", address);
            Process process = builder.start();
            process.onExit().thenAccept(done -> {
                if (done.exitValue() != 0) {
                    LOG.warn("systemd-notify {} ended with {}", message.replace('\n', ' '), done.exitValue());
                }
            });
        } catch (IOException e) {
            LOG.warn("systemd notification not sent: {} ({})", message.replace('\n', ' '), e.toString());
        }
    }

    private static List<String> concat(String[] lines) {
        List<String> command = new ArrayList<>(List.of("systemd-notify"));
        command.addAll(List.of(lines));
        return command;
    }
}
