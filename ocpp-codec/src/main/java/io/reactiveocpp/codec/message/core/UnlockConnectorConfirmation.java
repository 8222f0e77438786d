package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.UnlockStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code UnlockConnector.conf} (OCPP 1.6 edition 2, section 6.54), sent from charge point to central system.
 *
 * @param status required
 */
public record UnlockConnectorConfirmation(UnlockStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<UnlockConnectorConfirmation> CODEC = ObjectCodec.<UnlockConnectorConfirmation>builder(
                    v -> new UnlockConnectorConfirmation((UnlockStatus) v[0]))
            .required("status", UnlockStatus.CODEC, UnlockConnectorConfirmation::status)
            .build();

    public UnlockConnectorConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.UNLOCK_CONNECTOR;
    }
}
