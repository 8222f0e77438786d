package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.RemoteStartStopStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code RemoteStartTransaction.conf} (OCPP 1.6 edition 2, section 6.34), sent from charge point to central system.
 *
 * @param status required
 */
public record RemoteStartTransactionConfirmation(RemoteStartStopStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<RemoteStartTransactionConfirmation> CODEC = ObjectCodec.<RemoteStartTransactionConfirmation>builder(
                    v -> new RemoteStartTransactionConfirmation((RemoteStartStopStatus) v[0]))
            .required("status", RemoteStartStopStatus.CODEC, RemoteStartTransactionConfirmation::status)
            .build();

    public RemoteStartTransactionConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.REMOTE_START_TRANSACTION;
    }
}
