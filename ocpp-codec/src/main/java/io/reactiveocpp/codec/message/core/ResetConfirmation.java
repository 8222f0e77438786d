package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.ResetStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code Reset.conf} (OCPP 1.6 edition 2, section 6.40), sent from charge point to central system.
 *
 * @param status required
 */
public record ResetConfirmation(ResetStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ResetConfirmation> CODEC = ObjectCodec.<ResetConfirmation>builder(
                    v -> new ResetConfirmation((ResetStatus) v[0]))
            .required("status", ResetStatus.CODEC, ResetConfirmation::status)
            .build();

    public ResetConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.RESET;
    }
}
