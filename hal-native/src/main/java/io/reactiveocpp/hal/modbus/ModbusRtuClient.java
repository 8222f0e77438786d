package io.reactiveocpp.hal.modbus;

import java.time.Duration;

/**
 * A Modbus RTU master on a {@link SerialLink}: one request, one answer. Blocking; confined to the thread
 * of its owner (it reuses one receive buffer).
 */
public final class ModbusRtuClient {

    private final SerialLink link;
    private final Duration responseTimeout;
    private final byte[] buffer = new byte[ModbusRtu.MAX_RESPONSE_LENGTH];

    /**
     * @param link            the serial line
     * @param responseTimeout how long to wait for the answer's header, and again for its remaining bytes
     */
    public ModbusRtuClient(SerialLink link, Duration responseTimeout) {
        if (link == null || responseTimeout == null || responseTimeout.isNegative()) {
            throw new IllegalArgumentException("link and a non-negative responseTimeout are required");
        }
        this.link = link;
        this.responseTimeout = responseTimeout;
    }

    /**
     * Sends {@code request} and decodes the answer. Never throws for the device's or the port's failures:
     * silence is {@link ModbusError#TIMEOUT}, a failing port {@link ModbusError#LINK_FAILURE}.
     */
    public Decoded<ReadResponse> read(ReadRequest request) {
        byte[] frame = ModbusRtu.encodeRequest(request);
        try {
            link.discardInput();
            link.write(frame, 0, frame.length);
            int received = link.read(buffer, 0, ModbusRtu.HEADER_LENGTH, responseTimeout);
            if (received == 0) {
                return Decoded.invalid(ModbusError.TIMEOUT, "no answer from slave " + request.slave());
            }
            if (received < ModbusRtu.HEADER_LENGTH) {
                return Decoded.invalid(ModbusError.TRUNCATED, received + " bytes from slave " + request.slave());
            }
            int length = ModbusRtu.responseLength(buffer);
            if (length > buffer.length) {
                return Decoded.invalid(ModbusError.WRONG_LENGTH, "announced " + length + " bytes");
            }
            received += link.read(buffer, received, length - received, responseTimeout);
            if (received < length) {
                return Decoded.invalid(ModbusError.TRUNCATED, received + " of " + length + " bytes");
            }
            return ModbusRtu.decodeResponse(request, buffer, length);
        } catch (RuntimeException e) {
            // a driver's own failure must not end the polling stream: it is a fault like any other
            return Decoded.invalid(ModbusError.LINK_FAILURE, String.valueOf(e.getMessage()));
        }
    }
}
