package io.reactiveocpp.codec.message.smartcharging;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.ChargingSchedule;
import io.reactiveocpp.codec.type.GetCompositeScheduleStatus;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;

/**
 * {@code GetCompositeSchedule.conf} (OCPP 1.6 edition 2, section 6.22), sent from charge point to central system.
 *
 * @param status required
 * @param connectorId optional
 * @param scheduleStart optional, UTC on the wire
 * @param chargingSchedule optional
 */
public record GetCompositeScheduleConfirmation(
        GetCompositeScheduleStatus status,
        Integer connectorId,
        Instant scheduleStart,
        ChargingSchedule chargingSchedule) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<GetCompositeScheduleConfirmation> CODEC = ObjectCodec.<GetCompositeScheduleConfirmation>builder(
                    v -> new GetCompositeScheduleConfirmation(
                            (GetCompositeScheduleStatus) v[0],
                            (Integer) v[1],
                            (Instant) v[2],
                            (ChargingSchedule) v[3]))
            .required("status", GetCompositeScheduleStatus.CODEC, GetCompositeScheduleConfirmation::status)
            .optional("connectorId", ValueCodecs.INTEGER, GetCompositeScheduleConfirmation::connectorId)
            .optional("scheduleStart", ValueCodecs.DATE_TIME, GetCompositeScheduleConfirmation::scheduleStart)
            .optional("chargingSchedule", ChargingSchedule.CODEC, GetCompositeScheduleConfirmation::chargingSchedule)
            .build();

    public GetCompositeScheduleConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.GET_COMPOSITE_SCHEDULE;
    }
}
