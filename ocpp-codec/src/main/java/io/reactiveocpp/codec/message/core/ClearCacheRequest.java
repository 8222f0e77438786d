package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Request;

/**
 * {@code ClearCache.req} (OCPP 1.6 edition 2, section 6.11), sent from central system to charge point.
 */
public record ClearCacheRequest() implements Request<ClearCacheConfirmation> {

    /** The one instance: this payload has no properties. */
    public static final ClearCacheRequest INSTANCE = new ClearCacheRequest();

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ClearCacheRequest> CODEC = ObjectCodec.<ClearCacheRequest>builder(v -> INSTANCE)
            .build();

    @Override
    public Action action() {
        return Action.CLEAR_CACHE;
    }
}
