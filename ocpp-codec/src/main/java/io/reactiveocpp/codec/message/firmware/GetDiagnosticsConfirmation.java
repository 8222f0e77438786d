package io.reactiveocpp.codec.message.firmware;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code GetDiagnostics.conf} (OCPP 1.6 edition 2, section 6.26), sent from charge point to central system.
 *
 * @param fileName optional, at most 255 characters
 */
public record GetDiagnosticsConfirmation(String fileName) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<GetDiagnosticsConfirmation> CODEC = ObjectCodec.<GetDiagnosticsConfirmation>builder(
                    v -> new GetDiagnosticsConfirmation((String) v[0]))
            .optional("fileName", ValueCodecs.STRING, GetDiagnosticsConfirmation::fileName)
            .build();

    public GetDiagnosticsConfirmation {
        fileName = Check.maxLength("fileName", fileName, 255);
    }

    @Override
    public Action action() {
        return Action.GET_DIAGNOSTICS;
    }
}
