package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;

/**
 * The OCPP 1.6 datatype {@code Firmware}.
 *
 * @param location required, at most 512 characters
 * @param retrieveDateTime required, UTC on the wire
 * @param installDateTime optional, UTC on the wire
 * @param signingCertificate required, at most 5500 characters
 * @param signature required, at most 800 characters
 */
public record Firmware(
        String location,
        Instant retrieveDateTime,
        Instant installDateTime,
        String signingCertificate,
        String signature) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<Firmware> CODEC = ObjectCodec.<Firmware>builder(
                    v -> new Firmware(
                            (String) v[0],
                            (Instant) v[1],
                            (Instant) v[2],
                            (String) v[3],
                            (String) v[4]))
            .required("location", ValueCodecs.STRING, Firmware::location)
            .required("retrieveDateTime", ValueCodecs.DATE_TIME, Firmware::retrieveDateTime)
            .optional("installDateTime", ValueCodecs.DATE_TIME, Firmware::installDateTime)
            .required("signingCertificate", ValueCodecs.STRING, Firmware::signingCertificate)
            .required("signature", ValueCodecs.STRING, Firmware::signature)
            .build();

    public Firmware {
        location = Check.requiredMaxLength("location", location, 512);
        Check.required("retrieveDateTime", retrieveDateTime);
        signingCertificate = Check.requiredMaxLength("signingCertificate", signingCertificate, 5500);
        signature = Check.requiredMaxLength("signature", signature, 800);
    }
}
