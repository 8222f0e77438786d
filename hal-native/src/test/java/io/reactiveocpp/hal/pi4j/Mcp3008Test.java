package io.reactiveocpp.hal.pi4j;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The MCP3008 transfer format of its data sheet: start bit, single-ended bit, channel, 10 bits back. */
class Mcp3008Test {

    @Test
    void commandHasTheStartBitThenSingleEndedAndTheChannel() {
        assertThat(Mcp3008.command(0)).containsExactly(0x01, 0x80, 0x00);
        assertThat(Mcp3008.command(3)).containsExactly(0x01, 0xB0, 0x00);
        assertThat(Mcp3008.command(7)).containsExactly(0x01, 0xF0, 0x00);
    }

    @Test
    void onlyEightChannelsExist() {
        assertThatThrownBy(() -> Mcp3008.command(8)).hasMessageContaining("0 to 7");
        assertThatThrownBy(() -> Mcp3008.command(-1)).hasMessageContaining("0 to 7");
    }

    @Test
    void resultIsTheLowTwoBitsOfTheSecondByteThenTheThird() {
        assertThat(Mcp3008.result(new byte[] {0, 0x03, (byte) 0xFF})).isEqualTo(1023);
        assertThat(Mcp3008.result(new byte[] {0, 0x02, 0x00})).isEqualTo(512);
        assertThat(Mcp3008.result(new byte[] {0, 0x00, 0x01})).isEqualTo(1);
        // the bits before the null bit are undefined on the wire and ignored
        assertThat(Mcp3008.result(new byte[] {(byte) 0xFF, (byte) 0xF9, 0x34})).isEqualTo(0x134);
    }
}
