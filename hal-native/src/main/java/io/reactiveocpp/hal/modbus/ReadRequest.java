package io.reactiveocpp.hal.modbus;

/**
 * A request to read {@code count} consecutive registers starting at protocol address {@code address}
 * (register number minus one: input register 30001 is address 0).
 *
 * @param slave   the server (slave) address, 1 to 247 (Modbus over Serial Line §2.2)
 * @param kind    holding (0x03) or input (0x04) registers
 * @param address the first register, 0 to 65535
 * @param count   how many registers, 1 to 125 (Modbus Application Protocol §6.3, §6.4)
 */
public record ReadRequest(int slave, RegisterKind kind, int address, int count) {

    /** The most registers one read may ask for. */
    public static final int MAX_COUNT = 125;

    public ReadRequest {
        if (slave < 1 || slave > 247) {
            throw new IllegalArgumentException("slave must be 1 to 247, got " + slave);
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be 1 to " + MAX_COUNT + ", got " + count);
        }
        if (address < 0 || address + count > 0x10000) {
            throw new IllegalArgumentException("address must be 0 to " + (0x10000 - count) + ", got " + address);
        }
    }

    /** Whether the registers {@code address} to {@code address + width - 1} are inside this request. */
    public boolean covers(int address, int width) {
        return address >= this.address && address + width <= this.address + count;
    }
}
