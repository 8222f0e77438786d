package io.reactiveocpp.hal.pi4j;

import com.pi4j.io.serial.Serial;
import com.pi4j.io.serial.SerialConfig;
import com.pi4j.io.serial.SerialProvider;
import com.pi4j.plugin.mock.provider.serial.MockSerial;
import com.pi4j.plugin.mock.provider.serial.MockSerialProviderImpl;
import io.reactiveocpp.hal.modbus.Decoded;
import io.reactiveocpp.hal.modbus.ModbusRtu;
import io.reactiveocpp.hal.modbus.ReadRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mock serial provider under another id, whose ports have Modbus meters at the other end: a read request
 * to one of {@link #units} is answered from {@link #registers} (the same image for every unit); other requests
 * get silence, as from a meter that is not there.
 */
final class MeterSerialProvider extends MockSerialProviderImpl {

    static final String ID = "meter-serial";

    final Map<Integer, Integer> registers = new ConcurrentHashMap<>();
    final Set<Integer> units = ConcurrentHashMap.newKeySet();
    /** The request frames each port received, by device. */
    final Map<String, List<byte[]>> requests = new HashMap<>();

    MeterSerialProvider() {
        this.id = ID;
    }

    /** Stores {@code value} as an IEEE 754 float, high word first (as an SDM630 does). */
    MeterSerialProvider setFloat(int address, float value) {
        int bits = Float.floatToRawIntBits(value);
        registers.put(address, bits >>> 16);
        registers.put(address + 1, bits & 0xFFFF);
        return this;
    }

    @Override
    public Serial create(SerialConfig config) {
        MeterLine line = new MeterLine(this, config);
        requests.put(config.device(), line.received);
        this.context.registry().add(line);
        return line;
    }

    final class MeterLine extends MockSerial {
        final List<byte[]> received = new ArrayList<>();

        MeterLine(SerialProvider provider, SerialConfig config) {
            super(provider, config);
        }

        @Override
        public int write(byte[] data, int offset, int length) {
            byte[] frame = Arrays.copyOfRange(data, offset, offset + length);
            received.add(frame);
            if (ModbusRtu.decodeRequest(frame, length) instanceof Decoded.Valid<ReadRequest> valid
                    && units.contains(valid.value().slave())) {
                ReadRequest request = valid.value();
                byte[] values = new byte[2 * request.count()];
                for (int i = 0; i < request.count(); i++) {
                    int value = registers.getOrDefault(request.address() + i, 0);
                    values[2 * i] = (byte) (value >>> 8);
                    values[2 * i + 1] = (byte) value;
                }
                for (byte b : ModbusRtu.encodeResponse(request.slave(), request.kind(), values)) {
                    raw.add(b);
                }
            }
            return length;
        }
    }
}
