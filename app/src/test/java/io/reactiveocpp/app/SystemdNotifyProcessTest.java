package io.reactiveocpp.app;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDomainDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.unix.DomainDatagramPacket;
import io.netty.channel.unix.DomainSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as systemd runs it with {@code Type=notify}: a unix datagram socket in the test plays systemd's
 * {@code NOTIFY_SOCKET} (a path, or an abstract name as systemd gives), the service process gets it and
 * {@code WATCHDOG_USEC} in its environment. Its backend refuses connections: a charger offline is still ready.
 */
class SystemdNotifyProcessTest {

    private static final String OFFLINE_BACKEND = "ws://127.0.0.1:1/ocpp";
    private static final long WATCHDOG_MILLIS = 1000;

    private record Message(String text, long nanos) {
    }

    @TempDir Path dir;
    private final BlockingQueue<Message> received = new LinkedBlockingQueue<>();
    private EventLoopGroup group;
    private Channel socket;

    @BeforeEach
    void requireEpoll() {
        Assumptions.assumeTrue(Epoll.isAvailable(), "no native epoll here: " + Epoll.unavailabilityCause());
        group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
    }

    @AfterEach
    void closeSocket() {
        if (socket != null) {
            socket.close().syncUninterruptibly();
        }
        if (group != null) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    @Test
    void reportsReadyWhileOfflineAndPetsTheWatchdogAtHalfItsTimeout() throws Exception {
        bind(dir.resolve("notify").toString());
        try (ServiceProcess service = ServiceProcess.start(OFFLINE_BACKEND, "CP-NOTIFY", dir.resolve("data"), null,
                dir.resolve("service.log"), Map.of("NOTIFY_SOCKET", dir.resolve("notify").toString(),
                        "WATCHDOG_USEC", Long.toString(WATCHDOG_MILLIS * 1000)))) {
            Message ready = next("READY=1", service);
            assertThat(ready.text()).contains("STATUS=charge point CP-NOTIFY started");

            List<Long> pets = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                pets.add(next("WATCHDOG=1", service).nanos());
            }
            for (int i = 1; i < pets.size(); i++) {
                long gap = TimeUnit.NANOSECONDS.toMillis(pets.get(i) - pets.get(i - 1));
                assertThat(gap).as("gap between two pets (half of %d ms)", WATCHDOG_MILLIS)
                        .isBetween(WATCHDOG_MILLIS / 2 - 150, WATCHDOG_MILLIS / 2 + 250);
            }

            service.stop();
            next("STOPPING=1", service);
        }
    }

    @Test
    void reachesAnAbstractNotifySocket() throws Exception {
        String name = "reactive-ocpp-test-" + UUID.randomUUID();
        bind("\0" + name);
        try (ServiceProcess service = ServiceProcess.start(OFFLINE_BACKEND, "CP-NOTIFY", dir.resolve("data"), null,
                dir.resolve("service.log"), Map.of("NOTIFY_SOCKET", "@" + name))) {
            next("READY=1", service);
        }
    }

    private void bind(String address) {
        socket = new Bootstrap().group(group).channel(EpollDomainDatagramChannel.class)
                .handler(new SimpleChannelInboundHandler<DomainDatagramPacket>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, DomainDatagramPacket packet) {
                        received.add(new Message(packet.content().toString(StandardCharsets.UTF_8), System.nanoTime()));
                    }
                })
                .bind(new DomainSocketAddress(address)).syncUninterruptibly().channel();
    }

    /** The next message with {@code line}; the others before it are skipped (STATUS lines). */
    private Message next(String line, ServiceProcess service) throws InterruptedException {
        long deadline = System.nanoTime() + ServiceProcess.WAIT.toNanos();
        while (true) {
            Message message = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(message).as("%s on the notify socket within %s; the service's log:\n%s", line,
                    ServiceProcess.WAIT, service.logTail()).isNotNull();
            if (message.text().lines().anyMatch(line::equals)) {
                return message;
            }
        }
    }
}
