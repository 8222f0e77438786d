package io.reactiveocpp.hal.modbus;

import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.modbus.FakeMeterLink.Behaviour;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An SDM630 behind a fake serial line, polled in virtual time. */
class ModbusEnergyMeterTest {

    private static final Duration POLL = Duration.ofSeconds(1);

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final FakeMeterLink line = new FakeMeterLink(1);
    private final List<Fault> faults = new ArrayList<>();
    private final List<MeterReading> readings = new ArrayList<>();
    private final List<Throwable> streamErrors = new ArrayList<>();
    private final ModbusEnergyMeter meter = new ModbusEnergyMeter(
            ModbusMeterConfig.builder(2).pollInterval(POLL).serialNumber("0123456").build(),
            RegisterMap.named("sdm630"), new ModbusRtuClient(line, Duration.ofMillis(300)), time, faults::add);

    ModbusEnergyMeterTest() {
        // values exact in binary, so that the float32 registers hold them exactly
        line.setFloat(0x00, 230.5f).setFloat(0x02, 231.0f).setFloat(0x04, 229.5f)
                .setFloat(0x06, 16.25f).setFloat(0x08, 16.0f).setFloat(0x0A, 15.75f)
                .setFloat(0x34, 11_040f).setFloat(0x46, 50.0f)
                .setFloat(0x48, 12.5f).setFloat(0x4A, 0.25f);
    }

    @AfterEach
    void stop() {
        meter.dispose();
        time.dispose();
    }

    @Test
    void readsEveryMeasurandOfTheMapOncePerInterval() {
        StepVerifier.withVirtualTime(() -> meter.start().readings(), () -> time, Long.MAX_VALUE)
                .assertNext(r -> {
                    assertThat(r.timestamp()).isEqualTo(Instant.EPOCH);
                    assertThat(r.energyImportWh()).isEqualTo(12_500.0);
                    assertThat(r.energyExportWh()).isEqualTo(250.0);
                    assertThat(r.powerW()).isEqualTo(11_040.0);
                    assertThat(r.voltageV()).isEqualTo(new MeterReading.Phases(230.5, 231.0, 229.5));
                    assertThat(r.currentA()).isEqualTo(new MeterReading.Phases(16.25, 16.0, 15.75));
                    assertThat(r.frequencyHz()).isEqualTo(50.0);
                    assertThat(r.temperatureC()).isNaN();
                    assertThat(r.stateOfCharge()).isNull();
                })
                .expectNoEvent(POLL.minusMillis(1))
                .then(() -> line.setFloat(0x48, 12.75f))
                .thenAwait(Duration.ofMillis(1))
                .assertNext(r -> {
                    assertThat(r.timestamp()).isEqualTo(Instant.EPOCH.plus(POLL));
                    assertThat(r.energyImportWh()).isEqualTo(12_750.0);
                })
                .thenCancel()
                .verify();
        // two requests per poll, two polls
        assertThat(line.written).hasSize(4);
        assertThat(faults).isEmpty();
    }

    @Test
    void aSlowSubscriberGetsTheLatestReadingNotABacklog() {
        StepVerifier.withVirtualTime(() -> meter.start().readings(), () -> time, 0)
                .expectSubscription()
                .then(() -> line.setFloat(0x48, 13.0f))
                .thenAwait(POLL)
                .then(() -> line.setFloat(0x48, 13.5f))
                .thenAwait(POLL)
                .thenRequest(1)
                .assertNext(r -> assertThat(r.energyImportWh()).isEqualTo(13_500.0))
                .thenCancel()
                .verify();
    }

    @Test
    void describesItselfFromTheMapAndTheConfiguration() {
        assertThat(meter.model()).isEqualTo("SDM630");
        assertThat(meter.serialNumber()).isEqualTo("0123456");
        assertThat(meter.canSign()).isFalse();
        StepVerifier.create(meter.signedReading()).verifyComplete();
    }

    @Test
    void aSilentMeterIsAFaultAfterThreeFailedPollsAndClearsWithTheNextReading() {
        start();
        line.behaviour = Behaviour.SILENT;
        time.advanceTimeBy(POLL);      // failure 1 (the poll at 0 succeeded)
        time.advanceTimeBy(POLL);      // failure 2
        assertThat(faults).isEmpty();
        time.advanceTimeBy(POLL);      // failure 3
        assertThat(faults).containsExactly(new Fault(2, FaultCode.POWER_METER_FAILURE, "no answer from slave 1",
                "MODBUS_TIMEOUT", true));
        time.advanceTimeBy(POLL.multipliedBy(5));
        assertThat(faults).hasSize(1);
        line.behaviour = Behaviour.ANSWER;
        time.advanceTimeBy(POLL);
        assertThat(faults).last().isEqualTo(new Fault(2, FaultCode.POWER_METER_FAILURE, null, "MODBUS_TIMEOUT", false));
        assertThat(readings).hasSize(2);
        assertThat(streamErrors).isEmpty();
    }

    @Test
    void crcErrorsBecomeAFault() {
        line.behaviour = Behaviour.CORRUPT_CRC;
        start();
        time.advanceTimeBy(POLL.multipliedBy(2));
        assertThat(faults).extracting(Fault::vendorErrorCode).containsExactly("MODBUS_CRC");
        assertThat(readings).isEmpty();
        assertThat(streamErrors).isEmpty();
    }

    @Test
    void anAnswerFromAnotherSlaveBecomesAFault() {
        line.behaviour = Behaviour.WRONG_SLAVE;
        start();
        time.advanceTimeBy(POLL.multipliedBy(2));
        assertThat(faults).extracting(Fault::vendorErrorCode).containsExactly("MODBUS_WRONG_SLAVE");
    }

    @Test
    void aBrokenPortBecomesAFaultAndPollingGoesOn() {
        line.behaviour = Behaviour.BROKEN_PORT;
        start();
        time.advanceTimeBy(POLL.multipliedBy(2));
        assertThat(faults).extracting(Fault::vendorErrorCode).containsExactly("MODBUS_LINK");
        line.behaviour = Behaviour.ANSWER;
        time.advanceTimeBy(POLL);
        assertThat(readings).hasSize(1);
        assertThat(faults).last().extracting(Fault::active).isEqualTo(false);
    }

    @Test
    void anExceptionResponseIsAFaultAtOnce() {
        line.behaviour = Behaviour.ILLEGAL_ADDRESS;
        start();
        assertThat(faults).containsExactly(new Fault(2, FaultCode.POWER_METER_FAILURE,
                "exception 2: illegal data address", "MODBUS_EXCEPTION", true));
    }

    @Test
    void energyGoingBackwardsIsRefusedAsAFault() {
        start();
        line.setFloat(0x48, 12.25f);
        time.advanceTimeBy(POLL);
        assertThat(readings).extracting(MeterReading::energyImportWh).containsExactly(12_500.0);
        assertThat(faults).singleElement().satisfies(f -> {
            assertThat(f.vendorErrorCode()).isEqualTo("METER_IMPLAUSIBLE");
            assertThat(f.info()).startsWith("energyImport went back");
        });
        line.setFloat(0x48, 12.5f);
        time.advanceTimeBy(POLL);
        assertThat(readings).extracting(MeterReading::energyImportWh).containsExactly(12_500.0, 12_500.0);
        assertThat(faults).last().extracting(Fault::active).isEqualTo(false);
    }

    @Test
    void exportGoingBackwardsIsRefusedToo() {
        start();
        line.setFloat(0x4A, 0.0f);
        time.advanceTimeBy(POLL);
        assertThat(faults).extracting(Fault::info).singleElement().asString().startsWith("energyExport went back");
    }

    @Test
    void notANumberIsRefused() {
        line.setFloat(0x00, Float.NaN);
        start();
        assertThat(readings).isEmpty();
        assertThat(faults).extracting(Fault::info).containsExactly("voltageL1 is NaN");
    }

    @Test
    void negativeEnergyIsRefused() {
        line.setFloat(0x48, -1.0f);
        start();
        assertThat(readings).isEmpty();
        assertThat(faults).extracting(Fault::info).containsExactly("energyImport is negative: -1000.0");
    }

    private void start() {
        meter.readings().subscribe(readings::add, streamErrors::add);
        meter.start();
    }
}
