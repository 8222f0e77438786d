package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.PilotState;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import java.time.Duration;

class RealTimeTest {

    @Test
    void onARealSchedulerTheStationTicksAndAppliesControlCalls() {
        Scheduler scheduler = Schedulers.newSingle("sim-test");
        SimulatedStation station = SimulatedStation.start(
                SimulatorConfig.builder().tick(Duration.ofMillis(5)).build(), scheduler);
        try {
            station.plug(1);
            // the plug takes effect on the worker thread, the EV wakes up at a later tick
            StepVerifier.create(station.connector(1).pilot().states().filter(s -> s == PilotState.C).next())
                    .expectNext(PilotState.C)
                    .expectComplete()
                    .verify(Duration.ofSeconds(5));
            StepVerifier.create(station.connector(1).meter().readings().skip(3).take(1))
                    .expectNextCount(1)
                    .verifyComplete();
        } finally {
            station.dispose();
            scheduler.dispose();
        }
    }
}
