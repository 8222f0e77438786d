package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.Hmi;
import io.reactiveocpp.hal.IdTokenReader.IdTokenPresented;
import io.reactiveocpp.hal.SystemControl.NetworkState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CardsAndSystemTest {

    @Test
    void presentedCardsArriveWithTheirConnector() {
        try (SimHarness sim = new SimHarness()) {
            List<IdTokenPresented> cards = new ArrayList<>();
            sim.station.idTokenReader().presented().subscribe(cards::add);
            sim.station.presentCard("04A2B3C4D5E6F7", 2);
            sim.station.presentCard("DEADBEEF");
            assertThat(cards).containsExactly(new IdTokenPresented("04A2B3C4D5E6F7", 2),
                    new IdTokenPresented("DEADBEEF", null));
        }
    }

    @Test
    void rebootRequestsAreRecordedAndEmitted() {
        try (SimHarness sim = new SimHarness()) {
            List<String> emitted = new ArrayList<>();
            sim.station.system().rebootRequested().subscribe(emitted::add);
            sim.station.system().reboot("Reset.Hard");
            assertThat(sim.station.system().rebootRequests()).containsExactly("Reset.Hard");
            assertThat(emitted).containsExactly("Reset.Hard");
        }
    }

    @Test
    void firmwareInstallTakesTheInstallTimeAndIsRecorded(@TempDir Path dir) throws Exception {
        Path firmware = Files.write(dir.resolve("fw-2.0.bin"), new byte[]{1, 2, 3});
        try (SimHarness sim = new SimHarness()) {
            var installed = sim.station.system().installFirmware(firmware).toFuture();
            sim.advance(SimulatorConfig.DEFAULT_FIRMWARE_INSTALL_TIME.minusMillis(1));
            assertThat(installed).isNotDone();
            assertThat(sim.station.system().installedFirmware()).isEmpty();
            sim.advance(Duration.ofMillis(1));
            assertThat(installed).isCompleted();
            assertThat(sim.station.system().installedFirmware()).containsExactly(firmware);
        }
    }

    @Test
    void anInstalledFirmwareFileNamesTheNewVersionOnItsFirstLine(@TempDir Path dir) throws Exception {
        Path firmware = Files.writeString(dir.resolve("fw.txt"), "2.1.0\nthe simulator's firmware\n");
        var config = SimulatorConfig.builder().firmwareInstallTime(Duration.ZERO).build();
        try (SimHarness sim = new SimHarness(config)) {
            assertThat(sim.station.system().firmwareVersion()).isNull();
            StepVerifier.create(sim.station.system().installFirmware(firmware)).verifyComplete();
            assertThat(sim.station.system().firmwareVersion()).isEqualTo("2.1.0");
        }
    }

    @Test
    void aMissingFirmwareFileFailsToInstall(@TempDir Path dir) {
        var config = SimulatorConfig.builder().firmwareInstallTime(Duration.ZERO).build();
        try (SimHarness sim = new SimHarness(config)) {
            StepVerifier.create(sim.station.system().installFirmware(dir.resolve("absent.bin")))
                    .expectError(HardwareException.class).verify(Duration.ofSeconds(5));
            assertThat(sim.station.system().installedFirmware()).isEmpty();
        }
    }

    @Test
    void theNetworkStateToggles() {
        try (SimHarness sim = new SimHarness()) {
            List<NetworkState> states = new ArrayList<>();
            sim.station.system().network().subscribe(states::add);
            sim.station.setNetwork(false, true);
            assertThat(states).containsExactly(new NetworkState(true, false), new NetworkState(false, true));
        }
    }

    @Test
    void theHmiRemembersWhatItShows() {
        try (SimHarness sim = new SimHarness()) {
            sim.station.hmi().show(1, Hmi.Indication.CHARGING);
            sim.station.hmi().backendReachable(false, true);
            assertThat(sim.station.hmi().shown(1)).isEqualTo(Hmi.Indication.CHARGING);
            assertThat(sim.station.hmi().shown(2)).isNull();
            assertThat(sim.station.hmi().backendErrorShown()).isTrue();
        }
    }

    @Test
    void theHmiRemembersTheTariffOfEachConnector() {
        try (SimHarness sim = new SimHarness()) {
            sim.station.hmi().tariff(0, "0.39 EUR/kWh");
            sim.station.hmi().tariff(1, "0.29 EUR/kWh for members");
            assertThat(sim.station.hmi().tariff(0)).isEqualTo("0.39 EUR/kWh");
            assertThat(sim.station.hmi().tariff(1)).isEqualTo("0.29 EUR/kWh for members");
            assertThat(sim.station.hmi().tariff(2)).isNull();
            Hmi.NONE.tariff(1, "ignored"); // the SPI's default: nothing happens
        }
    }
}
