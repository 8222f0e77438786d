package io.reactiveocpp.session.transport;

import io.netty.channel.EventLoop;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.HttpResources;
import reactor.netty.resources.LoopResources;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reactor Netty's shared client event loops (native epoll where available), handed out round robin, each
 * also usable as a Reactor {@link Scheduler}. A session confined to one of them and linked through it
 * ({@link NettyTransport#NettyTransport(io.netty.channel.EventLoopGroup)}) has no thread hand-off between a
 * frame arriving and the next one leaving; a fleet spreads its sessions over the loops, one per core
 * (at least four).
 */
public final class EventLoops {

    private static final Map<EventLoop, Scheduler> SCHEDULERS = new ConcurrentHashMap<>();
    private static final Map<Scheduler, StallProbe> PROBES = new ConcurrentHashMap<>();

    private EventLoops() {
    }

    /** The next of the shared client event loops. */
    public static EventLoop next() {
        return HttpResources.get().onClient(LoopResources.DEFAULT_NATIVE).next();
    }

    /**
     * A scheduler that runs its tasks on {@code loop}, one at a time in order; one per loop. Never dispose it:
     * that would shut the loop down for every link on it.
     */
    public static Scheduler scheduler(EventLoop loop) {
        return SCHEDULERS.computeIfAbsent(loop, l -> Schedulers.fromExecutorService(l, "ocpp-event-loop"));
    }

    /**
     * The {@link StallProbe} of a loop's {@link #scheduler}, ticking every {@link StallProbe#PERIOD} from the first
     * call on; one per loop, never disposed.
     */
    public static StallProbe probe(Scheduler loopScheduler) {
        return PROBES.computeIfAbsent(loopScheduler, s -> StallProbe.start(s, StallProbe.PERIOD));
    }

    /** The probes started so far (one per loop asked for). */
    public static Collection<StallProbe> probes() {
        return List.copyOf(PROBES.values());
    }
}
