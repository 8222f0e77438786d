package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.TriggerMessageStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code ExtendedTriggerMessage.conf} (OCPP 1.6 Security Whitepaper edition 2), sent from charge point to central system.
 *
 * @param status required
 */
public record ExtendedTriggerMessageConfirmation(TriggerMessageStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ExtendedTriggerMessageConfirmation> CODEC = ObjectCodec.<ExtendedTriggerMessageConfirmation>builder(
                    v -> new ExtendedTriggerMessageConfirmation((TriggerMessageStatus) v[0]))
            .required("status", TriggerMessageStatus.CODEC, ExtendedTriggerMessageConfirmation::status)
            .build();

    public ExtendedTriggerMessageConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.EXTENDED_TRIGGER_MESSAGE;
    }
}
