package io.reactiveocpp.hal.modbus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.reactiveocpp.hal.modbus.Frames.hex;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every vector is a frame published in Modbus documentation and reproduced independently in several public
 * sources, and was recomputed with a separate bitwise implementation before it was written down here.
 */
class Crc16Test {

    @ParameterizedTest(name = "{0} ends in {1}")
    @CsvSource({
            // read 10 holding registers from 0 of slave 1: the classic example frame
            "01 03 00 00 00 0A, C5 CD",
            // Modbus Application Protocol example of function 03 (slave 0x11, registers 108 to 110)
            "11 03 00 6B 00 03, 76 87",
            // its response: 0xAE41 0x5652 0x4340
            "11 03 06 AE 41 56 52 43 40, 49 AD",
            // function 04 example (slave 0x11, input register 9) and its response 0x000A
            "11 04 00 08 00 01, B2 98",
            "11 04 02 00 0A, F8 F4",
            // read input registers 0 and 1 of slave 1, and an Eastron meter's answer: 230.2 V
            "01 04 00 00 00 02, 71 CB",
            "01 04 04 43 66 33 34, 1B 38",
            // exception response: illegal data address to function 03
            "01 83 02, C0 F1"
    })
    void publishedFramesCarryTheirCrcLowByteFirst(String body, String crc) {
        byte[] frame = hex(body);
        int value = Crc16.of(frame, 0, frame.length);
        assertThat(Frames.hex(new byte[] {(byte) value, (byte) (value >>> 8)})).isEqualTo(crc);
    }

    @Test
    void checkValueOfTheCrcCatalogue() {
        // CRC-16/MODBUS: check = 0x4B37 over the ASCII digits 1 to 9
        byte[] digits = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(Crc16.of(digits, 0, digits.length)).isEqualTo(0x4B37);
    }

    @Test
    void matchesRejectsOneFlippedBit() {
        byte[] frame = hex("01 03 00 00 00 0A C5 CD");
        assertThat(Crc16.matches(frame, frame.length)).isTrue();
        frame[5] ^= 0x01;
        assertThat(Crc16.matches(frame, frame.length)).isFalse();
    }
}
