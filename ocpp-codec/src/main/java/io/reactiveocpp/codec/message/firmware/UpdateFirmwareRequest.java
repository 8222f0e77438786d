package io.reactiveocpp.codec.message.firmware;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;

/**
 * {@code UpdateFirmware.req} (OCPP 1.6 edition 2, section 6.55), sent from central system to charge point.
 *
 * @param location required
 * @param retries optional
 * @param retrieveDate required, UTC on the wire
 * @param retryInterval optional
 */
public record UpdateFirmwareRequest(
        String location,
        Integer retries,
        Instant retrieveDate,
        Integer retryInterval) implements Request<UpdateFirmwareConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<UpdateFirmwareRequest> CODEC = ObjectCodec.<UpdateFirmwareRequest>builder(
                    v -> new UpdateFirmwareRequest(
                            (String) v[0],
                            (Integer) v[1],
                            (Instant) v[2],
                            (Integer) v[3]))
            .required("location", ValueCodecs.STRING, UpdateFirmwareRequest::location)
            .optional("retries", ValueCodecs.INTEGER, UpdateFirmwareRequest::retries)
            .required("retrieveDate", ValueCodecs.DATE_TIME, UpdateFirmwareRequest::retrieveDate)
            .optional("retryInterval", ValueCodecs.INTEGER, UpdateFirmwareRequest::retryInterval)
            .build();

    public UpdateFirmwareRequest {
        Check.required("location", location);
        Check.required("retrieveDate", retrieveDate);
    }

    @Override
    public Action action() {
        return Action.UPDATE_FIRMWARE;
    }
}
