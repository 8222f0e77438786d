package io.reactiveocpp.codec.message.localauth;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.UpdateStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code SendLocalList.conf} (OCPP 1.6 edition 2, section 6.42), sent from charge point to central system.
 *
 * @param status required
 */
public record SendLocalListConfirmation(UpdateStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<SendLocalListConfirmation> CODEC = ObjectCodec.<SendLocalListConfirmation>builder(
                    v -> new SendLocalListConfirmation((UpdateStatus) v[0]))
            .required("status", UpdateStatus.CODEC, SendLocalListConfirmation::status)
            .build();

    public SendLocalListConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.SEND_LOCAL_LIST;
    }
}
