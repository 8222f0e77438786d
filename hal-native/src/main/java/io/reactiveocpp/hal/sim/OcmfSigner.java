package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.SignedReading;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Signs readings the way an Eichrecht meter does, in the Open Charge Metering Format:
 * {@code OCMF|<payload JSON>|{"SA":"ECDSA-secp256r1-SHA256","SD":"<DER signature, hex>"}}. The key pair is
 * generated from the seed, so a simulated meter keeps its key across runs; it is not a secret.
 */
final class OcmfSigner {

    static final String SIGNATURE_ALGORITHM = "ECDSA-secp256r1-SHA256";
    private static final DateTimeFormatter OCMF_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss,SSSxx", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final String gatewaySerial;
    private final String meterModel;
    private final String meterSerial;
    private final SecureRandom random;
    private final KeyPair keys;
    private int pagination;

    OcmfSigner(long seed, String gatewaySerial, String meterModel, String meterSerial) {
        this.gatewaySerial = gatewaySerial;
        this.meterModel = meterModel;
        this.meterSerial = meterSerial;
        try {
            random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed); // before first use: the sequence is then determined by the seed alone
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no EC secp256r1 key pairs", e);
        }
    }

    /** Signs the register (reported in kWh with Wh resolution, as such meters do) at {@code time}. */
    SignedReading sign(double energyWh, Instant time, String transaction) {
        double wh = Math.floor(energyWh);
        String payload = "{\"FV\":\"1.0\",\"GI\":\"reactive-ocpp simulator\",\"GS\":\"" + gatewaySerial
                + "\",\"PG\":\"T" + ++pagination + "\",\"MV\":\"reactive-ocpp\",\"MM\":\"" + meterModel
                + "\",\"MS\":\"" + meterSerial + "\",\"IS\":false,\"IT\":\"NONE\",\"ID\":\"\",\"RD\":[{\"TM\":\""
                + OCMF_TIME.format(time) + " S\",\"TX\":\"" + transaction + "\",\"RV\":"
                + String.format(Locale.ROOT, "%.3f", wh / 1000.0)
                + ",\"RI\":\"1-b:1.8.0\",\"RU\":\"kWh\",\"ST\":\"G\"}]}";
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(keys.getPrivate(), random);
            signature.update(payload.getBytes(StandardCharsets.UTF_8));
            String sd = HexFormat.of().withUpperCase().formatHex(signature.sign());
            String data = "OCMF|" + payload + "|{\"SA\":\"" + SIGNATURE_ALGORITHM + "\",\"SD\":\"" + sd + "\"}";
            return new SignedReading(data, "OCMF", wh, time);
        } catch (GeneralSecurityException e) {
            throw new HardwareException("meter " + meterSerial + " could not sign", e);
        }
    }

    String publicKeyHex() {
        return HexFormat.of().withUpperCase().formatHex(keys.getPublic().getEncoded());
    }
}
