package io.reactiveocpp.hal.modbus;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterMapTest {

    @Test
    void sdm630MapHasTheDocumentedInputRegisters() {
        RegisterMap map = RegisterMap.named("sdm630");
        assertThat(map.model()).isEqualTo("SDM630");
        assertThat(map.vendor()).isEqualTo("Eastron");
        assertThat(map.kind()).isEqualTo(RegisterKind.INPUT);
        assertThat(map.wordOrder()).isEqualTo(WordOrder.HIGH_FIRST);
        // register number 3xxxx − 30001, from the SDM630 input register table
        assertAddress(map, Measurand.VOLTAGE_L1_V, 0x0000);  // 30001
        assertAddress(map, Measurand.VOLTAGE_L2_V, 0x0002);  // 30003
        assertAddress(map, Measurand.VOLTAGE_L3_V, 0x0004);  // 30005
        assertAddress(map, Measurand.CURRENT_L1_A, 0x0006);  // 30007
        assertAddress(map, Measurand.CURRENT_L2_A, 0x0008);  // 30009
        assertAddress(map, Measurand.CURRENT_L3_A, 0x000A);  // 30011
        assertAddress(map, Measurand.POWER_W, 0x0034);       // 30053 total system power
        assertAddress(map, Measurand.FREQUENCY_HZ, 0x0046);  // 30071
        assertAddress(map, Measurand.ENERGY_IMPORT_WH, 0x0048); // 30073 total import kWh
        assertAddress(map, Measurand.ENERGY_EXPORT_WH, 0x004A); // 30075 total export kWh
        assertThat(map.entries().get(Measurand.ENERGY_IMPORT_WH).scale()).isEqualTo(1000.0);
        assertThat(map.entries()).doesNotContainKey(Measurand.TEMPERATURE_C);
        assertThat(map.entries().values()).allSatisfy(e -> assertThat(e.type()).isEqualTo(ValueType.FLOAT32));
    }

    @Test
    void sdm630IsReadInTwoRequestsThatSkipTheGap() {
        assertThat(RegisterMap.named("sdm630").requests(7)).containsExactly(
                new ReadRequest(7, RegisterKind.INPUT, 0x0000, 12),
                new ReadRequest(7, RegisterKind.INPUT, 0x0034, 24));
    }

    @Test
    void entriesFartherApartThanTheLimitAreReadSeparately() throws IOException {
        RegisterMap map = parse("model=M\nfunction=holding\nwordOrder=lowFirst\nmaxRegistersPerRequest=125\n"
                + "energyImport=0x0100 uint32 1\npower=0x0000 int16 10\n");
        assertThat(map.requests(1)).containsExactly(
                new ReadRequest(1, RegisterKind.HOLDING, 0x0000, 1),
                new ReadRequest(1, RegisterKind.HOLDING, 0x0100, 2));
    }

    @Test
    void valueTypesReadSignedUnsignedAndWordSwappedValues() {
        // registers 0..2: 0xFFFE, 0x0001, 0x0002
        ReadResponse.Registers r = new ReadResponse.Registers(0, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 0, 2}, 0, 3);
        assertThat(ValueType.INT16.read(r, 0, WordOrder.HIGH_FIRST)).isEqualTo(-2.0);
        assertThat(ValueType.UINT16.read(r, 0, WordOrder.HIGH_FIRST)).isEqualTo(65534.0);
        assertThat(ValueType.UINT32.read(r, 1, WordOrder.HIGH_FIRST)).isEqualTo(0x0001_0002);
        assertThat(ValueType.UINT32.read(r, 1, WordOrder.LOW_FIRST)).isEqualTo(0x0002_0001);
        assertThat(ValueType.INT32.read(r, 0, WordOrder.HIGH_FIRST)).isEqualTo((double) 0xFFFE_0001);
        assertThat(ValueType.UINT32.read(r, 0, WordOrder.HIGH_FIRST)).isEqualTo(4_294_836_225.0);
    }

    @Test
    void invalidMapsNameTheKey() {
        assertThatThrownBy(() -> parse("model=M\nfunction=input\nwordOrder=highFirst\nmaxRegistersPerRequest=40\n"))
                .hasMessageContaining("energyImport is required");
        assertThatThrownBy(() -> parse(base() + "energyImport=0x0048 double 1\n"))
                .hasMessageContaining("energyImport").hasMessageContaining("unknown value type double");
        assertThatThrownBy(() -> parse(base() + "energyImport=0x0048 float32 1\nvoltage=0 float32 1\n"))
                .hasMessageContaining("unknown key voltage");
        assertThatThrownBy(() -> parse(base().replace("input", "coils") + "energyImport=0x0048 float32 1\n"))
                .hasMessageContaining("function must be input or holding");
        assertThatThrownBy(() -> RegisterMap.named("no-such-meter")).hasMessageContaining("no-such-meter");
    }

    private static String base() {
        return "model=M\nfunction=input\nwordOrder=highFirst\nmaxRegistersPerRequest=40\n";
    }

    private static RegisterMap parse(String text) throws IOException {
        return RegisterMap.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.properties");
    }

    private static void assertAddress(RegisterMap map, Measurand m, int address) {
        assertThat(map.entries().get(m).address()).as(m.key()).isEqualTo(address);
    }
}
