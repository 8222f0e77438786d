package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 1.6 datatype {@code SampledValue}.
 *
 * @param value required
 * @param context optional
 * @param format optional
 * @param measurand optional
 * @param phase optional
 * @param location optional
 * @param unit optional
 */
public record SampledValue(
        String value,
        ReadingContext context,
        ValueFormat format,
        Measurand measurand,
        Phase phase,
        Location location,
        UnitOfMeasure unit) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<SampledValue> CODEC = ObjectCodec.<SampledValue>builder(
                    v -> new SampledValue(
                            (String) v[0],
                            (ReadingContext) v[1],
                            (ValueFormat) v[2],
                            (Measurand) v[3],
                            (Phase) v[4],
                            (Location) v[5],
                            (UnitOfMeasure) v[6]))
            .required("value", ValueCodecs.STRING, SampledValue::value)
            .optional("context", ReadingContext.CODEC, SampledValue::context)
            .optional("format", ValueFormat.CODEC, SampledValue::format)
            .optional("measurand", Measurand.CODEC, SampledValue::measurand)
            .optional("phase", Phase.CODEC, SampledValue::phase)
            .optional("location", Location.CODEC, SampledValue::location)
            .optional("unit", UnitOfMeasure.CODEC, SampledValue::unit)
            .build();

    public SampledValue {
        Check.required("value", value);
    }
}
