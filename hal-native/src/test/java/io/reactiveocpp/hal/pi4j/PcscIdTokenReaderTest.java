package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.IdTokenReader.IdTokenPresented;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PC/SC reader against a fake terminal, polled in virtual time. */
class PcscIdTokenReaderTest {

    private static final Duration POLL = PcscReaderConfig.DEFAULT_POLL_INTERVAL;
    private static final byte[] UID = {0x04, (byte) 0xA1, (byte) 0xB2, (byte) 0xC3, (byte) 0xD4, (byte) 0xE5, (byte) 0xF6};

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final FakeCardTerminal terminal = new FakeCardTerminal();
    private final List<Fault> faults = new ArrayList<>();
    private final List<IdTokenPresented> presented = new ArrayList<>();
    private final PcscIdTokenReader reader =
            new PcscIdTokenReader(terminal, new PcscReaderConfig("ACR122", 2, POLL), time, faults::add);

    @AfterEach
    void stop() {
        reader.dispose();
        time.dispose();
    }

    private void start() {
        reader.presented().subscribe(presented::add);
        reader.start();
    }

    @Test
    void aCardIsPresentedWithItsUidInUpperCaseHexAtTheNextPoll() {
        StepVerifier.withVirtualTime(() -> reader.start().presented(), () -> time, Long.MAX_VALUE)
                .expectSubscription()
                .then(() -> terminal.place(UID))
                .expectNoEvent(POLL.minusMillis(1))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(new IdTokenPresented("04A1B2C3D4E5F6", 2))
                .thenCancel()
                .verify();
    }

    @Test
    void theUidIsAskedForWithThePcscGetDataCommand() {
        start();
        terminal.place(UID);
        time.advanceTimeBy(POLL);
        assertThat(terminal.commands).singleElement().isEqualTo(new byte[] {(byte) 0xFF, (byte) 0xCA, 0, 0, 0});
        assertThat(terminal.disconnects).isEqualTo(1);
    }

    @Test
    void aCardLeftOnTheReaderIsPresentedOnceAndAgainAfterItWasTakenAway() {
        start();
        terminal.place(UID);
        time.advanceTimeBy(POLL.multipliedBy(10));
        assertThat(presented).hasSize(1);
        terminal.remove();
        time.advanceTimeBy(POLL);
        terminal.place(new byte[] {0x11, 0x22, 0x33, 0x44});
        time.advanceTimeBy(POLL);
        assertThat(presented).extracting(IdTokenPresented::idTag).containsExactly("04A1B2C3D4E5F6", "11223344");
    }

    @Test
    void aCardWithoutAUidIsNotPresented() {
        start();
        terminal.placeRefusing(0x6A81);
        time.advanceTimeBy(POLL.multipliedBy(3));
        assertThat(presented).isEmpty();
        assertThat(faults).isEmpty();
    }

    @Test
    void aReaderThatStopsAnsweringIsAFaultUntilItAnswersAgain() {
        start();
        terminal.broken = true;
        time.advanceTimeBy(POLL.multipliedBy(3));
        assertThat(faults).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FaultCode.READER_FAILURE);
            assertThat(f.connectorId()).isEqualTo(2);
            assertThat(f.vendorErrorCode()).isEqualTo("PCSC_READER");
            assertThat(f.active()).isTrue();
        });
        terminal.broken = false;
        terminal.place(UID);
        time.advanceTimeBy(POLL);
        assertThat(faults).last().isEqualTo(new Fault(2, FaultCode.READER_FAILURE, null, "PCSC_READER", false));
        assertThat(presented).hasSize(1);
    }
}
