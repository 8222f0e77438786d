package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.SignedReading;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SignedMeterTest {

    private static final Pattern OCMF = Pattern.compile(
            "OCMF\\|(\\{.*})\\|\\{\"SA\":\"ECDSA-secp256r1-SHA256\",\"SD\":\"([0-9A-F]+)\"}");

    @Test
    void anEichrechtMeterSignsOcmfReadingsThatVerifyWithItsKey() throws Exception {
        try (SimHarness sim = new SimHarness(SimulatorConfig.builder().signedMeter(true).build())) {
            sim.startCharging(16);
            SignedReading begin = sim.connector().meter().signedReading().block(Duration.ofSeconds(5));
            sim.advance(Duration.ofMinutes(10));
            SignedReading end = sim.connector().meter().signedReading().block(Duration.ofSeconds(5));

            assertThat(sim.connector().meter().canSign()).isTrue();
            assertThat(begin.format()).isEqualTo("OCMF");
            assertThat(begin.data()).contains("\"TX\":\"B\"").contains("\"MS\":\"SIM0001-M1\"");
            assertThat(end.data()).contains("\"TX\":\"E\"");
            assertThat(end.energyWh()).isEqualTo(Math.floor(sim.latest().energyImportWh())).isGreaterThan(1500);
            assertThat(end.data()).contains(String.format(java.util.Locale.ROOT, "\"RV\":%.3f,", end.energyWh() / 1000));
            assertThat(verifies(end.data(), sim.station.meterPublicKey(1))).isTrue();
            assertThat(verifies(end.data().replace("\"TX\":\"E\"", "\"TX\":\"B\""), sim.station.meterPublicKey(1)))
                    .as("a tampered reading").isFalse();
        }
    }

    @Test
    void aFrozenMeterCannotSign() {
        try (SimHarness sim = new SimHarness(SimulatorConfig.builder().signedMeter(true).build())) {
            sim.station.raiseFault(1, FaultCode.POWER_METER_FAILURE, null);
            StepVerifier.create(sim.connector().meter().signedReading())
                    .expectError(HardwareException.class).verify(Duration.ofSeconds(5));
        }
    }

    @Test
    void aPlainMeterNeverSigns() {
        try (SimHarness sim = new SimHarness()) {
            assertThat(sim.connector().meter().canSign()).isFalse();
            assertThat(sim.station.meterPublicKey(1)).isNull();
            StepVerifier.create(sim.connector().meter().signedReading()).verifyComplete();
        }
    }

    private static boolean verifies(String ocmf, String publicKeyHex) throws Exception {
        Matcher m = OCMF.matcher(ocmf);
        assertThat(m.matches()).as(ocmf).isTrue();
        PublicKey key = KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(HexFormat.of().parseHex(publicKeyHex)));
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initVerify(key);
        signature.update(m.group(1).getBytes(StandardCharsets.UTF_8));
        return signature.verify(HexFormat.of().parseHex(m.group(2)));
    }
}
