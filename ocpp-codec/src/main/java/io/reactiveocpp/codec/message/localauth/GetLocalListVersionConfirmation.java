package io.reactiveocpp.codec.message.localauth;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Confirmation;

/**
 * {@code GetLocalListVersion.conf} (OCPP 1.6 edition 2, section 6.28), sent from charge point to central system.
 *
 * @param listVersion required
 */
public record GetLocalListVersionConfirmation(int listVersion) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<GetLocalListVersionConfirmation> CODEC = ObjectCodec.<GetLocalListVersionConfirmation>builder(
                    v -> new GetLocalListVersionConfirmation((int) v[0]))
            .requiredInt("listVersion", GetLocalListVersionConfirmation::listVersion)
            .build();

    @Override
    public Action action() {
        return Action.GET_LOCAL_LIST_VERSION;
    }
}
