package io.reactiveocpp.session.queue;

import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full disk is left when the reserve can be restored, without a write to tell: the engine refuses new
 * transactions without trying to queue them, so a restore that failed after the last delete must be tried
 * again on its own (in virtual time: exactly every {@link StoreWriter#ROOM_RECHECK}).
 */
class RoomRecheckTest {

    @Test
    void whileTheDiskIsFullTheReserveIsTriedAgainEveryFiveSecondsAndNoLongerOnceItIsBack() {
        AtomicBoolean room = new AtomicBoolean();
        AtomicInteger tries = new AtomicInteger();
        MemoryQueueStore memory = new MemoryQueueStore();
        QueueStore store = (QueueStore) Proxy.newProxyInstance(QueueStore.class.getClassLoader(),
                new Class<?>[] {QueueStore.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "hasReserve" -> false; // the disk was full at start: no reserve
                    case "restoreReserve" -> {
                        tries.incrementAndGet();
                        yield room.get();
                    }
                    default -> {
                        try {
                            yield method.invoke(memory, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
        VirtualTimeScheduler clock = VirtualTimeScheduler.create();
        StoreWriter writer = StoreWriter.inline(store);
        List<Boolean> states = new CopyOnWriteArrayList<>();
        writer.diskFull().subscribe(states::add);
        writer.recheckWhileFull(clock);
        assertThat(states).containsExactly(true);

        clock.advanceTimeBy(StoreWriter.ROOM_RECHECK);
        assertThat(tries).hasValue(1);
        room.set(true); // the WAL is truncated now, say: nothing is written that would tell
        clock.advanceTimeBy(StoreWriter.ROOM_RECHECK.minusMillis(1));
        assertThat(states).as("not before the next check").containsExactly(true);
        clock.advanceTimeBy(Duration.ofMillis(1));
        assertThat(states).containsExactly(true, false);

        clock.advanceTimeBy(StoreWriter.ROOM_RECHECK.multipliedBy(10));
        assertThat(tries).as("no checks once the reserve is back").hasValue(2);
        writer.close();
    }
}
