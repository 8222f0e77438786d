package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.modbus.Decoded;
import io.reactiveocpp.hal.modbus.ModbusEnergyMeter;
import io.reactiveocpp.hal.modbus.ModbusError;
import io.reactiveocpp.hal.modbus.ModbusMeterConfig;
import io.reactiveocpp.hal.modbus.ModbusRtuClient;
import io.reactiveocpp.hal.modbus.ReadRequest;
import io.reactiveocpp.hal.modbus.ReadResponse;
import io.reactiveocpp.hal.modbus.RegisterKind;
import io.reactiveocpp.hal.modbus.RegisterMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The jSerialComm link on a real tty: a pseudo-terminal pair made by socat, this side opened as the station opens
 * its Modbus line, a simulated SDM630 on the other. Real time, since a kernel tty is in between; every wait is
 * bounded by the meter's response timeout.
 */
class JSerialCommLinkTest {

    private static final Duration RESPONSE_TIMEOUT = ModbusMeterConfig.DEFAULT_RESPONSE_TIMEOUT;

    @TempDir
    Path dir;
    private PtyPair pty;
    private SimulatedSdm630 sdm630;
    private JSerialCommLink link;
    private final Scheduler meterThread = Schedulers.newSingle("modbus-0", true);
    private final List<Fault> faults = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        pty = PtyPair.start(dir);
        // the link first: jSerialComm reads its app id once, when the simulator's port or ours first loads it
        link = JSerialCommLink.open(SerialLinkConfig.of(pty.a().toString()));
        sdm630 = new SimulatedSdm630(pty.b(), 1)
                .setFloat(0x00, 230.5f).setFloat(0x02, 231.0f).setFloat(0x04, 229.5f)
                .setFloat(0x06, 16.25f).setFloat(0x08, 16.0f).setFloat(0x0A, 15.75f)
                .setFloat(0x34, 11_040f).setFloat(0x46, 50.0f)
                .setFloat(0x48, 12.5f).setFloat(0x4A, 0.25f);
    }

    @AfterEach
    void stop() {
        meterThread.dispose();
        if (link != null) {
            link.close();
        }
        if (sdm630 != null) {
            sdm630.close();
        }
        if (pty != null) { // null when socat is missing and the test was skipped
            pty.close();
        }
    }

    @Test
    void aFullMeterReadingComesThroughAPseudoTerminal() {
        ModbusEnergyMeter meter = new ModbusEnergyMeter(ModbusMeterConfig.builder(1).build(), RegisterMap.named("sdm630"),
                new ModbusRtuClient(link, RESPONSE_TIMEOUT), meterThread, faults::add);
        try {
            StepVerifier.create(meter.start().readings())
                    .assertNext(r -> {
                        assertThat(r.energyImportWh()).isEqualTo(12_500.0);
                        assertThat(r.energyExportWh()).isEqualTo(250.0);
                        assertThat(r.powerW()).isEqualTo(11_040.0);
                        assertThat(r.voltageV()).isEqualTo(new MeterReading.Phases(230.5, 231.0, 229.5));
                        assertThat(r.currentA()).isEqualTo(new MeterReading.Phases(16.25, 16.0, 15.75));
                        assertThat(r.frequencyHz()).isEqualTo(50.0);
                    })
                    .thenCancel()
                    .verify(Duration.ofSeconds(5));
        } finally {
            meter.dispose();
        }
        // the SDM630 map's two input-register reads, each answered over the tty
        assertThat(sdm630.requests).extracting(ReadRequest::kind).containsOnly(RegisterKind.INPUT);
        assertThat(sdm630.requests).extracting(ReadRequest::address).startsWith(0x00, 0x34);
        assertThat(faults).isEmpty();
    }

    @Test
    void anAnswerWithACorruptedCrcIsACrcMismatch() {
        sdm630.behaviour = SimulatedSdm630.Behaviour.CORRUPT_CRC;

        Decoded<ReadResponse> answer = new ModbusRtuClient(link, RESPONSE_TIMEOUT)
                .read(new ReadRequest(1, RegisterKind.INPUT, 0x48, 4));

        assertThat(answer).isInstanceOfSatisfying(Decoded.Invalid.class,
                invalid -> assertThat(invalid.error()).isEqualTo(ModbusError.CRC_MISMATCH));
    }

    @Test
    void aSilentMeterIsATimeoutAfterTheResponseTimeoutNotBeforeIt() {
        sdm630.behaviour = SimulatedSdm630.Behaviour.SILENT;

        long started = System.nanoTime();
        Decoded<ReadResponse> answer = new ModbusRtuClient(link, RESPONSE_TIMEOUT)
                .read(new ReadRequest(1, RegisterKind.INPUT, 0x48, 4));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer).isInstanceOfSatisfying(Decoded.Invalid.class,
                invalid -> assertThat(invalid.error()).isEqualTo(ModbusError.TIMEOUT));
        assertThat(waited).isBetween(RESPONSE_TIMEOUT, RESPONSE_TIMEOUT.plusSeconds(2));
        assertThat(sdm630.requests).hasSize(1); // the request went out; nothing came back
    }

    @Test
    void aMeterOnAnotherUnitIdIsSilenceToo() {
        Decoded<ReadResponse> answer = new ModbusRtuClient(link, RESPONSE_TIMEOUT)
                .read(new ReadRequest(2, RegisterKind.INPUT, 0x48, 4));

        assertThat(answer).isInstanceOfSatisfying(Decoded.Invalid.class,
                invalid -> assertThat(invalid.error()).isEqualTo(ModbusError.TIMEOUT));
    }

    @Test
    void aMissingDeviceIsAHardwareExceptionNamingIt() {
        String device = dir.resolve("ttyUSB9").toString();
        assertThatThrownBy(() -> JSerialCommLink.open(SerialLinkConfig.of(device)))
                .isInstanceOf(HardwareException.class)
                .hasMessageContaining("cannot open serial port " + device);
    }

    @Test
    void theNativeLibraryIsLoadedFromTheServicesOwnDirectoryUnderJavaIoTmpdir() throws IOException {
        // the library mapped into this process (Linux): where jSerialComm extracted it
        Path own = Path.of(System.getProperty("java.io.tmpdir"), "jSerialComm", JSerialCommLink.APP_ID).toRealPath();
        try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
            assertThat(maps.filter(line -> line.endsWith("libjSerialComm.so")).map(line -> line.substring(line.indexOf('/')))
                    .distinct().toList())
                    .singleElement().satisfies(library -> assertThat(Path.of(library)).startsWith(own));
        }
    }
}
