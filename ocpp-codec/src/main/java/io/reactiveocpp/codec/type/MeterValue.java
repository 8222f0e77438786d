package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;
import java.util.List;

/**
 * The OCPP 1.6 datatype {@code MeterValue}.
 *
 * @param timestamp required, UTC on the wire
 * @param sampledValue required
 */
public record MeterValue(Instant timestamp, List<SampledValue> sampledValue) {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<MeterValue> CODEC = ObjectCodec.<MeterValue>builder(
                    v -> new MeterValue((Instant) v[0], (List<SampledValue>) v[1]))
            .required("timestamp", ValueCodecs.DATE_TIME, MeterValue::timestamp)
            .required("sampledValue", ListCodec.of(SampledValue.CODEC), MeterValue::sampledValue)
            .build();

    public MeterValue {
        Check.required("timestamp", timestamp);
        sampledValue = Check.requiredList("sampledValue", sampledValue, 0);
    }
}
