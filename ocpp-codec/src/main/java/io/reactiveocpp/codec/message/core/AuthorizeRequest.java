package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code Authorize.req} (OCPP 1.6 edition 2, section 6.1), sent from charge point to central system.
 *
 * @param idTag required, at most 20 characters
 */
public record AuthorizeRequest(String idTag) implements Request<AuthorizeConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<AuthorizeRequest> CODEC = ObjectCodec.<AuthorizeRequest>builder(
                    v -> new AuthorizeRequest((String) v[0]))
            .required("idTag", ValueCodecs.STRING, AuthorizeRequest::idTag)
            .build();

    public AuthorizeRequest {
        idTag = Check.requiredMaxLength("idTag", idTag, 20);
    }

    @Override
    public Action action() {
        return Action.AUTHORIZE;
    }
}
