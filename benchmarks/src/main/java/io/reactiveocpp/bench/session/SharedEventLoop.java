package io.reactiveocpp.bench.session;

import io.netty.channel.EventLoop;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.HttpResources;
import reactor.netty.resources.LoopResources;

/**
 * The what-if of the runs named {@code *-loop}: Reactor Netty's HTTP clients get one event loop of their own
 * ({@link HttpResources#set(LoopResources)}), and that very loop is also the session's scheduler, so a frame
 * is read, decoded, matched to its CALL, answered and the next CALL written without a thread hand-off. Uses
 * only public API of ocpp-session; set it up before the first connection.
 */
final class SharedEventLoop {

    private static EventLoop loop;
    private static Scheduler scheduler;

    private SharedEventLoop() {
    }

    /** The scheduler that runs on the one event loop all links use. */
    static synchronized Scheduler scheduler() {
        if (scheduler == null) {
            LoopResources loops = LoopResources.create("ocpp", 1, true);
            HttpResources.set(loops);
            loop = loops.onClient(LoopResources.DEFAULT_NATIVE).next();
            scheduler = Schedulers.fromExecutorService(loop, "ocpp-loop");
        }
        return scheduler;
    }

    /** Whether the caller runs on that loop. */
    static boolean inLoop() {
        EventLoop current = loop;
        return current != null && current.inEventLoop();
    }
}
