package io.reactiveocpp.codec.message.localauth;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Request;

/**
 * {@code GetLocalListVersion.req} (OCPP 1.6 edition 2, section 6.27), sent from central system to charge point.
 */
public record GetLocalListVersionRequest() implements Request<GetLocalListVersionConfirmation> {

    /** The one instance: this payload has no properties. */
    public static final GetLocalListVersionRequest INSTANCE = new GetLocalListVersionRequest();

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<GetLocalListVersionRequest> CODEC = ObjectCodec.<GetLocalListVersionRequest>builder(v -> INSTANCE)
            .build();

    @Override
    public Action action() {
        return Action.GET_LOCAL_LIST_VERSION;
    }
}
