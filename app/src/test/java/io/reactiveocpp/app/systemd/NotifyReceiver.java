package io.reactiveocpp.app.systemd;

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
import org.junit.jupiter.api.Assumptions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * systemd's side of {@code NOTIFY_SOCKET} for tests: a unix datagram socket (Netty's epoll transport) bound to a
 * path or, with {@code @} first, an abstract name, keeping every message with its arrival time. Tests without
 * native epoll are skipped.
 */
public final class NotifyReceiver implements AutoCloseable {

    /** One datagram and when it arrived ({@link System#nanoTime()}). */
    public record Message(String text, long nanos) {
    }

    private final BlockingQueue<Message> received = new LinkedBlockingQueue<>();
    private final EventLoopGroup group;
    private final Channel channel;
    private final String address;

    private NotifyReceiver(String address) {
        this.address = address;
        group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
        channel = new Bootstrap().group(group).channel(EpollDomainDatagramChannel.class)
                .handler(new SimpleChannelInboundHandler<DomainDatagramPacket>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, DomainDatagramPacket packet) {
                        received.add(new Message(packet.content().toString(StandardCharsets.UTF_8), System.nanoTime()));
                    }
                })
                .bind(new DomainSocketAddress(address.startsWith("@") ? "\0" + address.substring(1) : address))
                .syncUninterruptibly().channel();
    }

    /** Binds {@code address} (a path, or {@code @name}); skips the test where native epoll is missing. */
    public static NotifyReceiver bind(String address) {
        Assumptions.assumeTrue(Epoll.isAvailable(), "no native epoll here: " + Epoll.unavailabilityCause());
        return new NotifyReceiver(address);
    }

    /** The value to give as {@code NOTIFY_SOCKET}. */
    public String address() {
        return address;
    }

    /**
     * The next message with the line {@code line}, skipping the others; fails after {@code within} with
     * {@code context} (e.g. the service's log).
     */
    public Message next(String line, Duration within, Supplier<String> context) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Message message = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError(line + " not on the notify socket within " + within + "; " + context.get());
            }
            if (message.text().lines().anyMatch(line::equals)) {
                return message;
            }
        }
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
