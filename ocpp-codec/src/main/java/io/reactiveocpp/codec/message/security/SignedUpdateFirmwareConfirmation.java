package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.UpdateFirmwareStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code SignedUpdateFirmware.conf} (OCPP 1.6 Security Whitepaper edition 2), sent from charge point to central system.
 *
 * @param status required
 */
public record SignedUpdateFirmwareConfirmation(UpdateFirmwareStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<SignedUpdateFirmwareConfirmation> CODEC = ObjectCodec.<SignedUpdateFirmwareConfirmation>builder(
                    v -> new SignedUpdateFirmwareConfirmation((UpdateFirmwareStatus) v[0]))
            .required("status", UpdateFirmwareStatus.CODEC, SignedUpdateFirmwareConfirmation::status)
            .build();

    public SignedUpdateFirmwareConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.SIGNED_UPDATE_FIRMWARE;
    }
}
