package io.reactiveocpp.codec.message.trigger;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.TriggerMessageStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code TriggerMessage.conf} (OCPP 1.6 edition 2, section 6.52), sent from charge point to central system.
 *
 * @param status required
 */
public record TriggerMessageConfirmation(TriggerMessageStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<TriggerMessageConfirmation> CODEC = ObjectCodec.<TriggerMessageConfirmation>builder(
                    v -> new TriggerMessageConfirmation((TriggerMessageStatus) v[0]))
            .required("status", TriggerMessageStatus.CODEC, TriggerMessageConfirmation::status)
            .build();

    public TriggerMessageConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.TRIGGER_MESSAGE;
    }
}
