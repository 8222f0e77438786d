package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.AvailabilityType;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code ChangeAvailability.req} (OCPP 1.6 edition 2, section 6.7), sent from central system to charge point.
 *
 * @param connectorId required
 * @param type required
 */
public record ChangeAvailabilityRequest(
        int connectorId,
        AvailabilityType type) implements Request<ChangeAvailabilityConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ChangeAvailabilityRequest> CODEC = ObjectCodec.<ChangeAvailabilityRequest>builder(
                    v -> new ChangeAvailabilityRequest((int) v[0], (AvailabilityType) v[1]))
            .requiredInt("connectorId", ChangeAvailabilityRequest::connectorId)
            .required("type", AvailabilityType.CODEC, ChangeAvailabilityRequest::type)
            .build();

    public ChangeAvailabilityRequest {
        Check.required("type", type);
    }

    @Override
    public Action action() {
        return Action.CHANGE_AVAILABILITY;
    }
}
