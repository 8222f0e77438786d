package io.reactiveocpp.hal.modbus;

import io.reactiveocpp.hal.modbus.ReadResponse.Registers;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ModbusRtuClientTest {

    private final FakeMeterLink meter = new FakeMeterLink(1).setFloat(0, 230.2f);
    private final ModbusRtuClient client = new ModbusRtuClient(meter, Duration.ofMillis(300));
    private final ReadRequest voltageL1 = new ReadRequest(1, RegisterKind.INPUT, 0, 2);

    @Test
    void sendsThePublishedFrameAndDecodesTheAnswer() {
        Decoded<ReadResponse> answer = client.read(voltageL1);
        assertThat(Frames.hex(meter.written.get(0))).isEqualTo("01 04 00 00 00 02 71 CB");
        Registers registers = (Registers) ((Decoded.Valid<ReadResponse>) answer).value();
        assertThat(registers.float32(0, WordOrder.HIGH_FIRST)).isCloseTo(230.2f, within(1e-4f));
    }

    @Test
    void staleBytesFromAnEarlierAnswerAreDiscardedFirst() {
        meter.noise((byte) 0x01);
        assertThat(client.read(voltageL1)).isInstanceOf(Decoded.Valid.class);
    }

    @Test
    void silenceIsATimeout() {
        meter.behaviour = FakeMeterLink.Behaviour.SILENT;
        assertThat(error(client.read(voltageL1))).isEqualTo(ModbusError.TIMEOUT);
    }

    @Test
    void anAnswerCutShortIsTruncated() {
        meter.behaviour = FakeMeterLink.Behaviour.TRUNCATE;
        assertThat(error(client.read(voltageL1))).isEqualTo(ModbusError.TRUNCATED);
    }

    @Test
    void aFailingPortIsAValueNotAnException() {
        meter.behaviour = FakeMeterLink.Behaviour.BROKEN_PORT;
        Decoded<ReadResponse> answer = client.read(voltageL1);
        assertThat(error(answer)).isEqualTo(ModbusError.LINK_FAILURE);
        assertThat(((Decoded.Invalid<ReadResponse>) answer).detail()).contains("port gone");
    }

    private static ModbusError error(Decoded<ReadResponse> decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Invalid.class);
        return ((Decoded.Invalid<ReadResponse>) decoded).error();
    }
}
