package io.reactiveocpp.hal.pi4j;

import com.pi4j.io.serial.Parity;
import com.pi4j.io.serial.Serial;
import com.pi4j.io.serial.StopBits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The link on Pi4J's mock serial port, which hands back what was written to it. */
class Pi4jSerialLinkTest {

    private final MockPi4j pi = new MockPi4j();
    private final Pi4jSerialLink link = Pi4jSerialLink.open(pi.io, "meter-bus",
            new SerialLinkConfig("/dev/ttyAMA0", 19_200, 8, "even", 1));

    @AfterEach
    void stop() {
        link.close();
        pi.close();
    }

    @Test
    void theConfiguredPortSettingsReachPi4J() {
        Serial serial = pi.get("meter-bus", Serial.class);
        assertThat(serial.config().device()).isEqualTo("/dev/ttyAMA0");
        assertThat(serial.config().baud()).isEqualTo(19_200);
        assertThat(serial.config().parity()).isEqualTo(Parity.EVEN);
        assertThat(serial.config().stopBits()).isEqualTo(StopBits._1);
    }

    @Test
    void readsWhatTheLineDelivers() {
        byte[] frame = {0x01, 0x04, 0x00, 0x00, 0x00, 0x02, 0x71, (byte) 0xCB};
        link.write(frame, 0, frame.length);
        byte[] buffer = new byte[16];
        assertThat(link.read(buffer, 0, 3, Duration.ZERO)).isEqualTo(3);
        assertThat(link.read(buffer, 3, 5, Duration.ZERO)).isEqualTo(5);
        assertThat(java.util.Arrays.copyOf(buffer, 8)).isEqualTo(frame);
    }

    @Test
    void aSilentLineReturnsWhatArrivedByTheTimeout() {
        byte[] buffer = new byte[8];
        assertThat(link.read(buffer, 0, 8, Duration.ZERO)).isZero();
        link.write(new byte[] {0x01, 0x04}, 0, 2);
        assertThat(link.read(buffer, 0, 8, Duration.ZERO)).isEqualTo(2);
    }

    @Test
    void discardInputDropsWhatWasNotRead() {
        link.write(new byte[] {0x01, 0x04, 0x04}, 0, 3);
        link.discardInput();
        assertThat(link.read(new byte[8], 0, 8, Duration.ZERO)).isZero();
    }

    @Test
    void closingReleasesThePort() {
        link.close();
        assertThat(pi.context.registry().exists("meter-bus")).isFalse();
    }
}
