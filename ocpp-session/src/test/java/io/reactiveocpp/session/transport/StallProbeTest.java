package io.reactiveocpp.session.transport;

import io.reactiveocpp.session.testing.StallingScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The stall probe in virtual time, on a scheduler that stands still when told to. */
class StallProbeTest {

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final StallingScheduler loop = new StallingScheduler(time);
    private final StallProbe probe = StallProbe.start(loop, Duration.ofMillis(100));

    @AfterEach
    void tearDown() {
        probe.dispose();
        time.dispose();
    }

    @Test
    void aLoopThatRunsOnTimeHasNoLagAndAStallIsAddedUpAsTheLateTickSawIt() {
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(probe.stalledNanos()).isZero();
        assertThat(probe.lastLag()).isZero();

        loop.stall(Duration.ofSeconds(5)); // at 1.0 s: the tick due at 1.1 s runs at 6.0 s
        time.advanceTimeBy(Duration.ofMillis(4_999));
        assertThat(probe.stalledNanos()).as("nothing ran yet").isZero();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(probe.lastLag()).isEqualTo(Duration.ofMillis(4_900));
        assertThat(probe.stalledNanos()).isEqualTo(Duration.ofMillis(4_900).toNanos());

        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(probe.lastLag()).as("on time again").isZero();
        assertThat(probe.stalledNanos()).isEqualTo(Duration.ofMillis(4_900).toNanos());
    }

    @Test
    void aDisposedProbeTicksNoMore() {
        probe.dispose();
        loop.stall(Duration.ofSeconds(5));
        time.advanceTimeBy(Duration.ofSeconds(10));
        assertThat(probe.stalledNanos()).isZero();
        assertThat(probe.isDisposed()).isTrue();
    }
}
