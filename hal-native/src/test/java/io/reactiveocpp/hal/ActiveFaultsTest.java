package io.reactiveocpp.hal;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class ActiveFaultsTest {

    private final ActiveFaults faults = new ActiveFaults();

    @Test
    void oneFaultPerCodeAndConnectorTheLatestRaiseLast() {
        Fault ground = new Fault(1, FaultCode.GROUND_FAILURE, "first", null, true);
        Fault lock = new Fault(1, FaultCode.CONNECTOR_LOCK_FAILURE, null, null, true);
        assertThat(faults.apply(ground)).isTrue();
        assertThat(faults.apply(lock)).isTrue();
        assertThat(faults.apply(ground)).as("the same fault again is no change").isFalse();
        Fault groundAgain = new Fault(1, FaultCode.GROUND_FAILURE, "second", null, true);
        assertThat(faults.apply(groundAgain)).isTrue();
        assertThat(faults.of(1)).containsExactly(lock, groundAgain);
        assertThat(faults.of(0)).isEmpty();
    }

    @Test
    void aClearCarriesTheClearedFaultsInfoAndUsbMarkAndOnlyClearsWhatIsActive() {
        faults.apply(new Fault(0, FaultCode.READER_FAILURE, "unplugged", "U1", true, true));
        assertThat(faults.affects(2, FaultCode.READER_FAILURE)).as("a station fault affects every connector").isTrue();
        assertThat(faults.anywhere(FaultCode.READER_FAILURE)).isTrue();
        assertThat(faults.clear(0, FaultCode.READER_FAILURE))
                .isEqualTo(new Fault(0, FaultCode.READER_FAILURE, "unplugged", "U1", false, true));
        assertThat(faults.clear(0, FaultCode.READER_FAILURE)).isNull();
        assertThat(faults.apply(new Fault(0, FaultCode.READER_FAILURE, null, null, false))).isFalse();
        assertThat(faults.anywhere(FaultCode.READER_FAILURE)).isFalse();
    }

    @Test
    void aFollowerSeesTheActiveFaultsThenEveryChange() {
        Fault ground = new Fault(1, FaultCode.GROUND_FAILURE, null, null, true);
        faults.apply(ground);
        StepVerifier.create(faults.follow(Runnable::run))
                .expectNext(ground)
                .then(() -> faults.apply(ground))
                .then(() -> faults.clear(1, FaultCode.GROUND_FAILURE))
                .expectNext(new Fault(1, FaultCode.GROUND_FAILURE, null, null, false))
                .then(faults::complete)
                .verifyComplete();
    }

    /** A follower that takes nothing gets its changes later, up to the buffer; past it, those then an overflow error. */
    @Test
    void aSlowFollowerGetsUpToTheBufferThenAnOverflowError() {
        StepVerifier.create(faults.follow(Runnable::run), 0)
                .then(() -> changes(ActiveFaults.SUBSCRIBER_BUFFER))
                .thenRequest(ActiveFaults.SUBSCRIBER_BUFFER)
                .expectNextCount(ActiveFaults.SUBSCRIBER_BUFFER)
                .then(() -> changes(ActiveFaults.SUBSCRIBER_BUFFER + 1))
                .thenRequest(Long.MAX_VALUE)
                .expectNextCount(ActiveFaults.SUBSCRIBER_BUFFER) // what the buffer held, then the overflow
                .expectErrorMatches(reactor.core.Exceptions::isOverflow)
                .verify(java.time.Duration.ofSeconds(5));
    }

    /** {@code n} changes: a ground failure raised and cleared in turn. */
    private void changes(int n) {
        for (int i = 0; i < n; i++) {
            if (faults.anywhere(FaultCode.GROUND_FAILURE)) {
                faults.clear(1, FaultCode.GROUND_FAILURE);
            } else {
                faults.apply(new Fault(1, FaultCode.GROUND_FAILURE, null, null, true));
            }
        }
    }
}
