package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.ClearCacheStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code ClearCache.conf} (OCPP 1.6 edition 2, section 6.12), sent from charge point to central system.
 *
 * @param status required
 */
public record ClearCacheConfirmation(ClearCacheStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ClearCacheConfirmation> CODEC = ObjectCodec.<ClearCacheConfirmation>builder(
                    v -> new ClearCacheConfirmation((ClearCacheStatus) v[0]))
            .required("status", ClearCacheStatus.CODEC, ClearCacheConfirmation::status)
            .build();

    public ClearCacheConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.CLEAR_CACHE;
    }
}
