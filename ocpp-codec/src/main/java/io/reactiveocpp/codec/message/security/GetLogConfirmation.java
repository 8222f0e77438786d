package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.LogStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code GetLog.conf} (OCPP 1.6 Security Whitepaper edition 2), sent from charge point to central system.
 *
 * @param status required
 * @param filename optional, at most 255 characters
 */
public record GetLogConfirmation(LogStatus status, String filename) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<GetLogConfirmation> CODEC = ObjectCodec.<GetLogConfirmation>builder(
                    v -> new GetLogConfirmation((LogStatus) v[0], (String) v[1]))
            .required("status", LogStatus.CODEC, GetLogConfirmation::status)
            .optional("filename", ValueCodecs.STRING, GetLogConfirmation::filename)
            .build();

    public GetLogConfirmation {
        Check.required("status", status);
        filename = Check.maxLength("filename", filename, 255);
    }

    @Override
    public Action action() {
        return Action.GET_LOG;
    }
}
