package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The OCPP 1.6 datatype {@code ChargingSchedule}.
 *
 * @param duration optional
 * @param startSchedule optional, UTC on the wire
 * @param chargingRateUnit required
 * @param chargingSchedulePeriod required
 * @param minChargingRate optional, a multiple of 0.1
 */
public record ChargingSchedule(
        Integer duration,
        Instant startSchedule,
        ChargingRateUnitType chargingRateUnit,
        List<ChargingSchedulePeriod> chargingSchedulePeriod,
        BigDecimal minChargingRate) {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<ChargingSchedule> CODEC = ObjectCodec.<ChargingSchedule>builder(
                    v -> new ChargingSchedule(
                            (Integer) v[0],
                            (Instant) v[1],
                            (ChargingRateUnitType) v[2],
                            (List<ChargingSchedulePeriod>) v[3],
                            (BigDecimal) v[4]))
            .optional("duration", ValueCodecs.INTEGER, ChargingSchedule::duration)
            .optional("startSchedule", ValueCodecs.DATE_TIME, ChargingSchedule::startSchedule)
            .required("chargingRateUnit", ChargingRateUnitType.CODEC, ChargingSchedule::chargingRateUnit)
            .required("chargingSchedulePeriod", ListCodec.of(ChargingSchedulePeriod.CODEC), ChargingSchedule::chargingSchedulePeriod)
            .optional("minChargingRate", ValueCodecs.DECIMAL, ChargingSchedule::minChargingRate)
            .build();

    public ChargingSchedule {
        Check.required("chargingRateUnit", chargingRateUnit);
        chargingSchedulePeriod = Check.requiredList("chargingSchedulePeriod", chargingSchedulePeriod, 0);
        minChargingRate = Check.multipleOfTenth("minChargingRate", minChargingRate);
    }
}
