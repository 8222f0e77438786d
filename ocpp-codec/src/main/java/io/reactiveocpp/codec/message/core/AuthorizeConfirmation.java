package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code Authorize.conf} (OCPP 1.6 edition 2, section 6.2), sent from central system to charge point.
 *
 * @param idTagInfo required
 */
public record AuthorizeConfirmation(IdTagInfo idTagInfo) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<AuthorizeConfirmation> CODEC = ObjectCodec.<AuthorizeConfirmation>builder(
                    v -> new AuthorizeConfirmation((IdTagInfo) v[0]))
            .required("idTagInfo", IdTagInfo.CODEC, AuthorizeConfirmation::idTagInfo)
            .build();

    public AuthorizeConfirmation {
        Check.required("idTagInfo", idTagInfo);
    }

    @Override
    public Action action() {
        return Action.AUTHORIZE;
    }
}
