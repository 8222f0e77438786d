package io.reactiveocpp.session.transport;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The choice of a session's event loop, outside the session. */
class SessionLoopTest {

    @Test
    void aSessionLoopRunsItsTasksInOrderOnOneOfTheSharedEventLoopThreads() throws InterruptedException {
        SessionLoop loop = SessionLoop.sharedEventLoop();
        List<String> threads = new CopyOnWriteArrayList<>();
        List<Integer> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(100);
        for (int i = 0; i < 100; i++) {
            int n = i;
            loop.scheduler().schedule(() -> {
                threads.add(Thread.currentThread().getName());
                order.add(n);
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).as("one thread").containsOnly(threads.get(0));
        assertThat(threads.get(0)).startsWith("reactor-http-");
        assertThat(order).isSorted().hasSize(100);
        assertThat(loop.transport()).isInstanceOf(NettyTransport.class);
    }

    @Test
    void sessionsBuiltOneAfterTheOtherAreSpreadOverTheLoops() {
        SessionLoop a = SessionLoop.sharedEventLoop();
        SessionLoop b = SessionLoop.sharedEventLoop();
        // round robin over at least four loops: two in a row are different loops with different schedulers
        assertThat(a.scheduler()).isNotSameAs(b.scheduler());
        assertThat(SessionLoop.anyEventLoop()).isInstanceOf(NettyTransport.class);
    }
}
