package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Request;

/**
 * {@code Heartbeat.req} (OCPP 1.6 edition 2, section 6.29), sent from charge point to central system.
 */
public record HeartbeatRequest() implements Request<HeartbeatConfirmation> {

    /** The one instance: this payload has no properties. */
    public static final HeartbeatRequest INSTANCE = new HeartbeatRequest();

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<HeartbeatRequest> CODEC = ObjectCodec.<HeartbeatRequest>builder(v -> INSTANCE)
            .build();

    @Override
    public Action action() {
        return Action.HEARTBEAT;
    }
}
