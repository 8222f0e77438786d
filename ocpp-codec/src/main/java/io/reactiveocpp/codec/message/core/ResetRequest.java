package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.ResetType;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code Reset.req} (OCPP 1.6 edition 2, section 6.39), sent from central system to charge point.
 *
 * @param type required
 */
public record ResetRequest(ResetType type) implements Request<ResetConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ResetRequest> CODEC = ObjectCodec.<ResetRequest>builder(
                    v -> new ResetRequest((ResetType) v[0]))
            .required("type", ResetType.CODEC, ResetRequest::type)
            .build();

    public ResetRequest {
        Check.required("type", type);
    }

    @Override
    public Action action() {
        return Action.RESET;
    }
}
