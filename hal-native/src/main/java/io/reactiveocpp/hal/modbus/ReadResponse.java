package io.reactiveocpp.hal.modbus;

import java.util.Arrays;

/** A well-formed answer to a {@link ReadRequest}: the registers, or an exception response. */
public sealed interface ReadResponse permits ReadResponse.Registers, ReadResponse.ExceptionResponse {

    /** The register values of a normal response; immutable. */
    final class Registers implements ReadResponse {
        private final int address;
        private final byte[] data;

        /** Registers from {@code address} on, two bytes each, high byte first; the array is copied. */
        public Registers(int address, byte[] data, int offset, int count) {
            this.address = address;
            this.data = Arrays.copyOfRange(data, offset, offset + 2 * count);
        }

        /** The first register's address. */
        public int address() {
            return address;
        }

        /** How many registers. */
        public int count() {
            return data.length / 2;
        }

        /** Whether registers {@code address} to {@code address + width - 1} are here. */
        public boolean covers(int address, int width) {
            return address >= this.address && address + width <= this.address + count();
        }

        /** The unsigned 16-bit value of the register at {@code address}. */
        public int u16(int address) {
            int i = index(address, 1);
            return (data[i] & 0xFF) << 8 | data[i + 1] & 0xFF;
        }

        /** The 32 bits of the registers at {@code address} and the next one, joined in {@code order}. */
        public int bits32(int address, WordOrder order) {
            index(address, 2);
            int first = u16(address);
            int second = u16(address + 1);
            return order == WordOrder.HIGH_FIRST ? first << 16 | second : second << 16 | first;
        }

        /** The IEEE 754 single-precision value of the registers at {@code address} and the next one. */
        public float float32(int address, WordOrder order) {
            return Float.intBitsToFloat(bits32(address, order));
        }

        private int index(int address, int width) {
            if (!covers(address, width)) {
                throw new IndexOutOfBoundsException("registers " + address + "+" + width + " outside "
                        + this.address + "+" + count());
            }
            return 2 * (address - this.address);
        }

        @Override
        public String toString() {
            return "Registers[address=" + address + ", count=" + count() + "]";
        }
    }

    /**
     * An exception response (Modbus Application Protocol §7): the meter understood the request and refused.
     *
     * @param code the exception code, 1 to 255
     */
    record ExceptionResponse(int code) implements ReadResponse {

        /** The meaning of the code in the Modbus Application Protocol's words. */
        public String meaning() {
            switch (code) {
                case 0x01: return "illegal function";
                case 0x02: return "illegal data address";
                case 0x03: return "illegal data value";
                case 0x04: return "server device failure";
                case 0x05: return "acknowledge";
                case 0x06: return "server device busy";
                case 0x08: return "memory parity error";
                case 0x0A: return "gateway path unavailable";
                case 0x0B: return "gateway target failed to respond";
                default: return "unknown exception";
            }
        }
    }
}
