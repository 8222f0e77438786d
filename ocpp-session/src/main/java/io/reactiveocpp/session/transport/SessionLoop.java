package io.reactiveocpp.session.transport;

import io.netty.channel.EventLoop;
import reactor.core.scheduler.Scheduler;

import java.net.InetAddress;
import java.util.Objects;

/**
 * Where a session runs and how it links, chosen here so that no Netty object leaves this package: a
 * {@link Scheduler} to confine the session to and the {@link Transport} that opens its links.
 *
 * @param scheduler runs the session's tasks one at a time, in order; never blocked
 * @param transport opens the session's links
 */
public record SessionLoop(Scheduler scheduler, Transport transport) {

    public SessionLoop {
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(transport, "transport");
    }

    /**
     * The next of Reactor Netty's shared client event loops (round robin, {@link EventLoops#next()}) as the
     * scheduler, and a transport whose links run on that same loop: a frame is read, handled and the next one
     * written on one thread, without a hand-off.
     */
    public static SessionLoop sharedEventLoop() {
        return sharedEventLoop(null);
    }

    /** As {@link #sharedEventLoop()}, with links from this local address ({@code null}: any). */
    public static SessionLoop sharedEventLoop(InetAddress source) {
        EventLoop loop = EventLoops.next();
        return new SessionLoop(EventLoops.scheduler(loop), new NettyTransport(loop, source));
    }

    /**
     * This loop with every link's text frames shown to {@code tap} (both directions), for the one charge point
     * whose OCPP traffic is logged; a session built without it has no tap in its path.
     */
    public SessionLoop tapped(FrameTap tap) {
        Objects.requireNonNull(tap, "tap");
        return new SessionLoop(scheduler, TappedLink.tapping(transport, tap));
    }

    /** A transport whose links run on any of the shared event loops: for a session given a scheduler of its own. */
    public static Transport anyEventLoop() {
        return new NettyTransport();
    }
}
