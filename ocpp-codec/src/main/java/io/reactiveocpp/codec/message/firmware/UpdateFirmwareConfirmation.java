package io.reactiveocpp.codec.message.firmware;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;

/**
 * {@code UpdateFirmware.conf} (OCPP 1.6 edition 2, section 6.56), sent from charge point to central system.
 */
public record UpdateFirmwareConfirmation() implements Confirmation {

    /** The one instance: this payload has no properties. */
    public static final UpdateFirmwareConfirmation INSTANCE = new UpdateFirmwareConfirmation();

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<UpdateFirmwareConfirmation> CODEC = ObjectCodec.<UpdateFirmwareConfirmation>builder(v -> INSTANCE)
            .build();

    @Override
    public Action action() {
        return Action.UPDATE_FIRMWARE;
    }
}
