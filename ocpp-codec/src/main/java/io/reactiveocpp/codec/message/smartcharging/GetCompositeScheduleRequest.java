package io.reactiveocpp.codec.message.smartcharging;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.ChargingRateUnitType;

/**
 * {@code GetCompositeSchedule.req} (OCPP 1.6 edition 2, section 6.21), sent from central system to charge point.
 *
 * @param connectorId required
 * @param duration required
 * @param chargingRateUnit optional
 */
public record GetCompositeScheduleRequest(
        int connectorId,
        int duration,
        ChargingRateUnitType chargingRateUnit) implements Request<GetCompositeScheduleConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<GetCompositeScheduleRequest> CODEC = ObjectCodec.<GetCompositeScheduleRequest>builder(
                    v -> new GetCompositeScheduleRequest((int) v[0], (int) v[1], (ChargingRateUnitType) v[2]))
            .requiredInt("connectorId", GetCompositeScheduleRequest::connectorId)
            .requiredInt("duration", GetCompositeScheduleRequest::duration)
            .optional("chargingRateUnit", ChargingRateUnitType.CODEC, GetCompositeScheduleRequest::chargingRateUnit)
            .build();

    @Override
    public Action action() {
        return Action.GET_COMPOSITE_SCHEDULE;
    }
}
