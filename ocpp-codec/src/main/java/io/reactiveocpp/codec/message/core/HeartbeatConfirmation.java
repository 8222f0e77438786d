package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;

/**
 * {@code Heartbeat.conf} (OCPP 1.6 edition 2, section 6.30), sent from central system to charge point.
 *
 * @param currentTime required, UTC on the wire
 */
public record HeartbeatConfirmation(Instant currentTime) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<HeartbeatConfirmation> CODEC = ObjectCodec.<HeartbeatConfirmation>builder(
                    v -> new HeartbeatConfirmation((Instant) v[0]))
            .required("currentTime", ValueCodecs.DATE_TIME, HeartbeatConfirmation::currentTime)
            .build();

    public HeartbeatConfirmation {
        Check.required("currentTime", currentTime);
    }

    @Override
    public Action action() {
        return Action.HEARTBEAT;
    }
}
