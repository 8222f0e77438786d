package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

import java.math.BigDecimal;

/**
 * The OCPP 1.6 datatype {@code ChargingSchedulePeriod}.
 *
 * @param startPeriod required
 * @param limit required, a multiple of 0.1
 * @param numberPhases optional
 */
public record ChargingSchedulePeriod(int startPeriod, BigDecimal limit, Integer numberPhases) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ChargingSchedulePeriod> CODEC = ObjectCodec.<ChargingSchedulePeriod>builder(
                    v -> new ChargingSchedulePeriod((int) v[0], (BigDecimal) v[1], (Integer) v[2]))
            .requiredInt("startPeriod", ChargingSchedulePeriod::startPeriod)
            .required("limit", ValueCodecs.DECIMAL, ChargingSchedulePeriod::limit)
            .optional("numberPhases", ValueCodecs.INTEGER, ChargingSchedulePeriod::numberPhases)
            .build();

    public ChargingSchedulePeriod {
        limit = Check.multipleOfTenth("limit", Check.required("limit", limit));
    }
}
