package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;

/**
 * The OCPP 1.6 datatype {@code LogParameters}.
 *
 * @param remoteLocation required, at most 512 characters
 * @param oldestTimestamp optional, UTC on the wire
 * @param latestTimestamp optional, UTC on the wire
 */
public record LogParameters(String remoteLocation, Instant oldestTimestamp, Instant latestTimestamp) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<LogParameters> CODEC = ObjectCodec.<LogParameters>builder(
                    v -> new LogParameters((String) v[0], (Instant) v[1], (Instant) v[2]))
            .required("remoteLocation", ValueCodecs.STRING, LogParameters::remoteLocation)
            .optional("oldestTimestamp", ValueCodecs.DATE_TIME, LogParameters::oldestTimestamp)
            .optional("latestTimestamp", ValueCodecs.DATE_TIME, LogParameters::latestTimestamp)
            .build();

    public LogParameters {
        remoteLocation = Check.requiredMaxLength("remoteLocation", remoteLocation, 512);
    }
}
