package io.reactiveocpp.hal.modbus;

import io.reactiveocpp.hal.modbus.ReadResponse.ExceptionResponse;
import io.reactiveocpp.hal.modbus.ReadResponse.Registers;
import org.junit.jupiter.api.Test;

import static io.reactiveocpp.hal.modbus.Frames.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The codec on frames recorded in Modbus documentation and from an Eastron meter. */
class ModbusRtuTest {

    private static final ReadRequest SPEC_03 = new ReadRequest(0x11, RegisterKind.HOLDING, 0x006B, 3);
    private static final ReadRequest SPEC_04 = new ReadRequest(0x11, RegisterKind.INPUT, 0x0008, 1);
    private static final ReadRequest EASTRON_V1 = new ReadRequest(1, RegisterKind.INPUT, 0x0000, 2);

    @Test
    void encodesReadRequestsAsPublished() {
        assertThat(Frames.hex(ModbusRtu.encodeRequest(new ReadRequest(1, RegisterKind.HOLDING, 0, 10))))
                .isEqualTo("01 03 00 00 00 0A C5 CD");
        assertThat(Frames.hex(ModbusRtu.encodeRequest(SPEC_03))).isEqualTo("11 03 00 6B 00 03 76 87");
        assertThat(Frames.hex(ModbusRtu.encodeRequest(SPEC_04))).isEqualTo("11 04 00 08 00 01 B2 98");
        assertThat(Frames.hex(ModbusRtu.encodeRequest(EASTRON_V1))).isEqualTo("01 04 00 00 00 02 71 CB");
    }

    @Test
    void decodesPublishedRequests() {
        byte[] frame = hex("11 03 00 6B 00 03 76 87");
        assertThat(ModbusRtu.decodeRequest(frame, frame.length)).isEqualTo(Decoded.valid(SPEC_03));
    }

    @Test
    void requestThatIsNotARegisterReadIsIllegal() {
        byte[] writeSingleRegister = hex("01 06 00 01 00 03 98 0B");
        assertThat(ModbusRtu.decodeRequest(writeSingleRegister, 8))
                .isInstanceOfSatisfying(Decoded.Invalid.class, i -> assertThat(i.error()).isEqualTo(ModbusError.ILLEGAL_REQUEST));
        byte[] corrupted = hex("11 03 00 6B 00 03 76 88");
        assertThat(ModbusRtu.decodeRequest(corrupted, 8))
                .isInstanceOfSatisfying(Decoded.Invalid.class, i -> assertThat(i.error()).isEqualTo(ModbusError.CRC_MISMATCH));
    }

    @Test
    void decodesTheSpecificationsHoldingRegisterResponse() {
        Registers registers = registers(SPEC_03, "11 03 06 AE 41 56 52 43 40 49 AD");
        assertThat(registers.address()).isEqualTo(0x6B);
        assertThat(registers.count()).isEqualTo(3);
        assertThat(registers.u16(0x6B)).isEqualTo(0xAE41);
        assertThat(registers.u16(0x6C)).isEqualTo(0x5652);
        assertThat(registers.u16(0x6D)).isEqualTo(0x4340);
    }

    @Test
    void decodesTheSpecificationsInputRegisterResponse() {
        assertThat(registers(SPEC_04, "11 04 02 00 0A F8 F4").u16(8)).isEqualTo(10);
    }

    @Test
    void decodesAnEastronVoltageAsABigEndianFloat() {
        Registers registers = registers(EASTRON_V1, "01 04 04 43 66 33 34 1B 38");
        assertThat(registers.float32(0, WordOrder.HIGH_FIRST)).isCloseTo(230.2f, within(1e-4f));
        assertThat(registers.bits32(0, WordOrder.HIGH_FIRST)).isEqualTo(0x43663334);
        assertThat(registers.bits32(0, WordOrder.LOW_FIRST)).isEqualTo(0x33344366);
    }

    @Test
    void registersOutsideTheResponseCannotBeRead() {
        Registers registers = registers(EASTRON_V1, "01 04 04 43 66 33 34 1B 38");
        assertThatThrownBy(() -> registers.float32(1, WordOrder.HIGH_FIRST)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void decodesAnExceptionResponse() {
        ReadRequest request = new ReadRequest(1, RegisterKind.HOLDING, 0x0017, 1);
        byte[] frame = hex("01 83 02 C0 F1");
        Decoded<ReadResponse> decoded = ModbusRtu.decodeResponse(request, frame, frame.length);
        assertThat(decoded).isEqualTo(Decoded.valid(new ExceptionResponse(2)));
        assertThat(new ExceptionResponse(2).meaning()).isEqualTo("illegal data address");
    }

    @Test
    void encodesResponsesAndExceptionsAsRecorded() {
        assertThat(Frames.hex(ModbusRtu.encodeResponse(0x11, RegisterKind.HOLDING, hex("AE 41 56 52 43 40"))))
                .isEqualTo("11 03 06 AE 41 56 52 43 40 49 AD");
        assertThat(Frames.hex(ModbusRtu.encodeResponse(1, RegisterKind.INPUT, hex("43 66 33 34"))))
                .isEqualTo("01 04 04 43 66 33 34 1B 38");
        assertThat(Frames.hex(ModbusRtu.encodeException(1, RegisterKind.HOLDING, 2))).isEqualTo("01 83 02 C0 F1");
    }

    @Test
    void responseLengthComesFromTheHeader() {
        assertThat(ModbusRtu.responseLength(hex("11 03 06"))).isEqualTo(11);
        assertThat(ModbusRtu.responseLength(hex("01 83 02"))).isEqualTo(5);
    }

    @Test
    void aFlippedBitIsACrcMismatch() {
        assertThat(error(EASTRON_V1, "01 04 04 43 66 33 35 1B 38")).isEqualTo(ModbusError.CRC_MISMATCH);
    }

    @Test
    void anotherSlavesAnswerIsRefused() {
        // slave 0x11's valid answer to a request addressed to slave 1
        assertThat(error(new ReadRequest(1, RegisterKind.INPUT, 8, 1), "11 04 02 00 0A F8 F4"))
                .isEqualTo(ModbusError.WRONG_SLAVE);
    }

    @Test
    void anAnswerToAnotherFunctionIsRefused() {
        // a valid holding-register answer to an input-register request
        assertThat(error(new ReadRequest(0x11, RegisterKind.INPUT, 0x6B, 3), "11 03 06 AE 41 56 52 43 40 49 AD"))
                .isEqualTo(ModbusError.WRONG_FUNCTION);
    }

    @Test
    void anAnswerWithTooFewRegistersIsRefused() {
        // one register where two were asked for
        assertThat(error(new ReadRequest(0x11, RegisterKind.INPUT, 8, 2), "11 04 02 00 0A F8 F4"))
                .isEqualTo(ModbusError.WRONG_LENGTH);
    }

    @Test
    void silenceAndFragmentsAreNotFrames() {
        assertThat(ModbusRtu.decodeResponse(EASTRON_V1, new byte[0], 0))
                .isInstanceOfSatisfying(Decoded.Invalid.class, i -> assertThat(i.error()).isEqualTo(ModbusError.TIMEOUT));
        assertThat(error(EASTRON_V1, "01 04 04 43")).isEqualTo(ModbusError.TRUNCATED);
    }

    @Test
    void requestsOutsideTheProtocolsLimitsCannotBeBuilt() {
        assertThatThrownBy(() -> new ReadRequest(0, RegisterKind.INPUT, 0, 1)).hasMessageContaining("slave");
        assertThatThrownBy(() -> new ReadRequest(248, RegisterKind.INPUT, 0, 1)).hasMessageContaining("slave");
        assertThatThrownBy(() -> new ReadRequest(1, RegisterKind.INPUT, 0, 126)).hasMessageContaining("count");
        assertThatThrownBy(() -> new ReadRequest(1, RegisterKind.INPUT, 0xFFFF, 2)).hasMessageContaining("address");
    }

    private static Registers registers(ReadRequest request, String frame) {
        byte[] bytes = hex(frame);
        Decoded<ReadResponse> decoded = ModbusRtu.decodeResponse(request, bytes, bytes.length);
        assertThat(decoded).isInstanceOf(Decoded.Valid.class);
        return (Registers) ((Decoded.Valid<ReadResponse>) decoded).value();
    }

    private static ModbusError error(ReadRequest request, String frame) {
        byte[] bytes = hex(frame);
        Decoded<ReadResponse> decoded = ModbusRtu.decodeResponse(request, bytes, bytes.length);
        assertThat(decoded).isInstanceOf(Decoded.Invalid.class);
        return ((Decoded.Invalid<ReadResponse>) decoded).error();
    }
}
