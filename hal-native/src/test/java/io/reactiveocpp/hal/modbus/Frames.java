package io.reactiveocpp.hal.modbus;

import java.util.HexFormat;

/** Hex frames as written in specifications and logs: {@code "01 03 00 00 00 0A C5 CD"}. */
final class Frames {

    private Frames() {
    }

    static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }
}
