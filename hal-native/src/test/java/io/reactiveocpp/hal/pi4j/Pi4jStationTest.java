package io.reactiveocpp.hal.pi4j;

import com.pi4j.config.AddressConfig;
import com.pi4j.event.ShutdownEvent;
import com.pi4j.event.ShutdownListener;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.serial.Serial;
import com.pi4j.io.spi.Spi;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.pwm.MockPwm;
import com.pi4j.plugin.mock.provider.spi.MockSpiProvider;
import io.reactiveocpp.hal.ConnectorHardware;
import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.IdTokenReader.IdTokenPresented;
import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.hal.PilotSignal;
import io.reactiveocpp.hal.modbus.ModbusRtu;
import io.reactiveocpp.hal.modbus.ReadRequest;
import io.reactiveocpp.hal.modbus.RegisterKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.reactiveocpp.hal.pi4j.WiringTrees.twoConnectors;
import static io.reactiveocpp.hal.pi4j.WiringTrees.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The station of the README's two-connector wiring, assembled from its configuration tree on Pi4J's mock
 * platform, on virtual time; the meters answer from a mock serial line, the contactors' and locks' feedback is
 * played by the test.
 */
class Pi4jStationTest {

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final MeterSerialProvider line = new MeterSerialProvider();
    private final MockPi4j pi = new MockPi4j(MockSpiProvider.newInstance(), line);
    private final FakeCardTerminal terminal = new FakeCardTerminal();
    private final List<String> threads = new ArrayList<>();
    private final List<PcscReaderConfig> readersOpened = new ArrayList<>();
    private final AtomicInteger reboots = new AtomicInteger();
    private Pi4jStation station;

    Pi4jStationTest() {
        line.units.addAll(List.of(1, 2));
        line.setFloat(0x00, 230.5f).setFloat(0x06, 16.25f).setFloat(0x34, 3_745.5f).setFloat(0x46, 50.0f)
                .setFloat(0x48, 12.5f).setFloat(0x4A, 0.25f);
    }

    @AfterEach
    void stop() {
        if (station != null) {
            station.dispose();
        }
        pi.close();
        time.dispose();
    }

    private Pi4jStation create(Map<String, Object> tree) {
        station = Pi4jStation.create(pi.context, Pi4jWiring.fromMap("pi4j", tree), reboots::incrementAndGet,
                name -> {
                    threads.add(name);
                    return time;
                },
                (config, scheduler, faults) -> {
                    readersOpened.add(config);
                    return new PcscIdTokenReader(terminal, config, scheduler, faults);
                }, Pi4jSerialLink::open);
        // the auxiliary contacts are pulled up and closed to ground: high is open
        at(27, MockDigitalInput.class).mockState(DigitalState.HIGH);
        at(6, MockDigitalInput.class).mockState(DigitalState.HIGH);
        return station;
    }

    /** The I/O at Pi4J address {@code address}. */
    private <T> T at(int address, Class<T> type) {
        return pi.context.registry().all().values().stream()
                .filter(io -> io.config() instanceof AddressConfig<?> a && a.address() == address)
                .filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " at address " + address));
    }

    /** The ids of the I/O registered in Pi4J now. */
    private List<String> ids() {
        return pi.context.registry().all().keySet().stream().toList();
    }

    /** A healthy contactor or lock: the feedback input follows the output. */
    private void mirror(int output, int feedback, boolean inverted) {
        MockDigitalInput input = at(feedback, MockDigitalInput.class);
        at(output, MockDigitalOutput.class).addListener(e -> input.mockState(
                (e.state() == DigitalState.HIGH) != inverted ? DigitalState.HIGH : DigitalState.LOW));
    }

    @Test
    void eachContactorSwitchesTheCoilOfItsConnector() {
        create(twoConnectors());
        mirror(17, 27, true);
        mirror(5, 6, true);

        StepVerifier.create(station.connector(1).relay().close()).verifyComplete();
        assertThat(at(17, DigitalOutput.class).state()).isEqualTo(DigitalState.HIGH);
        assertThat(at(5, DigitalOutput.class).state()).isEqualTo(DigitalState.LOW);
        StepVerifier.create(station.connector(2).relay().close()).verifyComplete();
        assertThat(at(5, DigitalOutput.class).state()).isEqualTo(DigitalState.HIGH);
        assertThat(station.connector(2).relay().closed()).isTrue();
    }

    @Test
    void theCableLockMovesItsMotorAndAFixedCableAlwaysSucceeds() {
        create(twoConnectors());
        mirror(22, 23, false);

        StepVerifier.create(station.connector(1).lock().lock()).verifyComplete();
        assertThat(at(22, DigitalOutput.class).state()).isEqualTo(DigitalState.HIGH);
        assertThat(station.connector(1).lock().locked()).isTrue();
        StepVerifier.create(station.connector(2).lock().unlock()).verifyComplete();
        assertThat(station.connector(2).lock().locked()).as("fixed cable").isTrue();
    }

    @Test
    void eachPilotGeneratesOnItsPwmChannelAndBothShareOneMcp3008() {
        create(twoConnectors());
        ConnectorHardware first = station.connector(1);
        ConnectorHardware second = station.connector(2);

        StepVerifier.create(first.pilot().offer(16)).verifyComplete();
        StepVerifier.create(second.pilot().generate(PilotSignal.DIGITAL_COMMUNICATION)).verifyComplete();
        MockPwm pwm0 = at(0, MockPwm.class);
        MockPwm pwm1 = at(1, MockPwm.class);
        assertThat((double) pwm0.getDutyCycle()).isCloseTo(16 / 0.6, within(1e-4));
        assertThat(pwm0.getFrequency()).isEqualTo(1000);
        assertThat(pwm1.getDutyCycle()).isEqualTo(5.0f);
        assertThat(second.pilot().signal()).isEqualTo(PilotSignal.DIGITAL_COMMUNICATION);

        Spi adc = at(2, Spi.class);
        assertThat(adc.config().bus().getBus()).isEqualTo(1);
        assertThat(pi.context.registry().all().values()).filteredOn(io -> io instanceof Spi).hasSize(1);
    }

    @Test
    void metersOnOneLineAreReadWithTheirUnitIdsAndTheLinesSettings() {
        create(twoConnectors());

        Serial serial = pi.context.registry().all().values().stream().filter(io -> io instanceof Serial)
                .map(Serial.class::cast).findFirst().orElseThrow();
        assertThat(serial.config().device()).isEqualTo("/dev/ttyAMA0");
        assertThat(serial.config().baud()).isEqualTo(19_200);
        assertThat(line.requests.get("/dev/ttyAMA0")).extracting(frame -> frame[0]).containsExactly(
                (byte) 1, (byte) 1, (byte) 2, (byte) 2);
        assertThat(line.requests.get("/dev/ttyAMA0").get(0))
                .isEqualTo(ModbusRtu.encodeRequest(new ReadRequest(1, RegisterKind.INPUT, 0x00, 12)));

        MeterReading reading = station.connector(2).meter().readings().blockFirst(Duration.ofSeconds(1));
        assertThat(reading.energyImportWh()).isEqualTo(12_500.0);
        assertThat(reading.powerW()).isEqualTo(3_745.5);
        assertThat(reading.voltageV().l1()).isEqualTo(230.5);
        assertThat(station.connector(1).meter().model()).isEqualTo("SDM630");
        assertThat(station.connector(1).meter().serialNumber()).isEqualTo("0123456");
        assertThat(threads).contains("pi4j-io", "pi4j-pilot", "modbus-0", "pcsc").doesNotContain("modbus-1");
    }

    @Test
    void theReaderIsOpenedWithItsConfigurationAndPresentsCards() {
        create(twoConnectors());
        List<IdTokenPresented> presented = new ArrayList<>();
        station.idTokenReader().presented().subscribe(presented::add);

        terminal.place(new byte[] {0x04, (byte) 0xA1, (byte) 0xB2, (byte) 0xC3});
        time.advanceTimeBy(PcscReaderConfig.DEFAULT_POLL_INTERVAL);
        assertThat(readersOpened).containsExactly(PcscReaderConfig.of("ACR122"));
        assertThat(presented).containsExactly(new IdTokenPresented("04A1B2C3", null));
    }

    @Test
    void withoutAReaderSectionNoReaderIsOpened() {
        create(with(twoConnectors(), "reader", null));
        List<IdTokenPresented> presented = new ArrayList<>();
        station.idTokenReader().presented().subscribe(presented::add);
        terminal.place(new byte[] {0x04, (byte) 0xA1, (byte) 0xB2, (byte) 0xC3});
        time.advanceTimeBy(Duration.ofSeconds(1));
        assertThat(readersOpened).isEmpty();
        assertThat(threads).doesNotContain("pcsc");
        assertThat(presented).isEmpty();
    }

    @Test
    void aReaderThatCannotBeOpenedIsAReaderFailureNotAStationFailure() {
        station = Pi4jStation.create(pi.context, Pi4jWiring.fromMap("pi4j", twoConnectors()), () -> { }, name -> time,
                (config, scheduler, faults) -> {
                    throw new HardwareException("no PC/SC terminal named ACR122 among []");
                }, Pi4jSerialLink::open);
        List<Fault> faults = new ArrayList<>();
        station.faults().subscribe(faults::add);
        assertThat(faults).filteredOn(f -> f.code() == FaultCode.READER_FAILURE).singleElement()
                .satisfies(f -> {
                    assertThat(f.connectorId()).isZero();
                    assertThat(f.vendorErrorCode()).isEqualTo("PCSC_OPEN");
                    assertThat(f.active()).isTrue();
                });
    }

    @Test
    void driverFaultsReachTheStationAndAreReplayedToALateSubscriber() {
        create(twoConnectors()); // no mirror: the contactor of connector 1 does not close
        List<Throwable> errors = new ArrayList<>();
        station.connector(1).relay().close().subscribe(null, errors::add);
        time.advanceTimeBy(RelayConfig.DEFAULT_FEEDBACK_TIMEOUT);
        assertThat(errors).singleElement().isInstanceOf(HardwareException.class);

        List<Fault> late = new ArrayList<>();
        station.faults().subscribe(late::add);
        assertThat(late).filteredOn(f -> f.code() == FaultCode.POWER_SWITCH_FAILURE)
                .containsExactly(new Fault(1, FaultCode.POWER_SWITCH_FAILURE, "contactor open although commanded closed",
                        "CONTACTOR_OPEN", true));
    }

    @Test
    void rebootRunsTheHook() {
        create(twoConnectors());
        station.system().reboot("HardReset");
        assertThat(reboots).hasValue(1);
    }

    @Test
    void firmwareIsInstalledWithTheWiringsInstallCommand(@TempDir Path dir)
            throws Exception {
        Path marker = dir.resolve("installed");
        Path script = Files.writeString(dir.resolve("install.sh"),
                "echo \"$1\" > '" + marker + "'\n");
        Path file = Files.writeString(dir.resolve("image.raucb"), "2.0.0\n");
        create(with(twoConnectors(), "firmware", Map.of("installCommand", List.of("/bin/sh", script.toString(), "{file}"))));

        station.system().installFirmware(file).block(Duration.ofSeconds(20));

        assertThat(Files.readString(marker).strip()).isEqualTo(file.toAbsolutePath().toString());
    }

    @Test
    void withoutAFirmwareSectionInstallingIsNotAvailable() {
        create(twoConnectors());

        assertThatThrownBy(() -> station.system().installFirmware(Path.of("image.raucb")).block())
                .isInstanceOf(HardwareException.class).hasMessageContaining("not available");
    }

    @Test
    void disposeReleasesEveryLineItOpened() {
        create(twoConnectors());
        station.dispose();
        assertThat(ids()).allSatisfy(id -> assertThat(id).doesNotStartWith("connector-").doesNotStartWith("modbus-")
                .doesNotStartWith("spi-"));
    }

    @Test
    void aStationOnItsOwnContextShutsItDownLastWhenDisposed() {
        List<String> idsAtShutdown = new ArrayList<>();
        pi.context.addListener(new ShutdownListener() {
            @Override
            public void beforeShutdown(ShutdownEvent event) {
                idsAtShutdown.addAll(ids());
            }

            @Override
            public void onShutdown(ShutdownEvent event) {
            }
        });
        station = Pi4jStation.createWithOwnContext(() -> pi.context, Pi4jWiring.fromMap("pi4j", twoConnectors()),
                () -> { }, name -> time, (config, scheduler, faults) -> new PcscIdTokenReader(terminal, config,
                        scheduler, faults), Pi4jSerialLink::open);
        assertThat(pi.context.isShutdown()).isFalse();

        station.dispose();
        assertThat(pi.context.isShutdown()).isTrue();
        assertThat(idsAtShutdown).as("lines still registered when the context shut down")
                .allSatisfy(id -> assertThat(id).doesNotStartWith("connector-").doesNotStartWith("modbus-")
                        .doesNotStartWith("spi-"));
    }

    @Test
    void aStationOnItsOwnContextThatCannotBeBuiltShutsTheContextDown() {
        pi.context.create(DigitalOutput.newConfigBuilder(pi.context).id("status-led").address(5));

        assertThatThrownBy(() -> Pi4jStation.createWithOwnContext(() -> pi.context,
                Pi4jWiring.fromMap("pi4j", twoConnectors()), () -> { }, name -> time,
                (config, scheduler, faults) -> new PcscIdTokenReader(terminal, config, scheduler, faults),
                Pi4jSerialLink::open))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connector-2-contactor-coil: address 5 is taken by status-led");
        assertThat(pi.context.isShutdown()).isTrue();
    }

    @Test
    void aWiringPi4jRefusesFailsAndReleasesWhatWasBuilt() {
        // another part of the service holds GPIO 5, the coil of connector 2
        pi.context.create(DigitalOutput.newConfigBuilder(pi.context).id("status-led").address(5));

        assertThatThrownBy(() -> create(twoConnectors()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connector-2-contactor-coil: address 5 is taken by status-led");
        assertThat(ids()).allSatisfy(id -> assertThat(id).doesNotStartWith("connector-").doesNotStartWith("modbus-"));
    }
}
