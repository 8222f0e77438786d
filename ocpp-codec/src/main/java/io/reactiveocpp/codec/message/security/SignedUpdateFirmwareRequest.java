package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.Firmware;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code SignedUpdateFirmware.req} (OCPP 1.6 Security Whitepaper edition 2), sent from central system to charge point.
 *
 * @param retries optional
 * @param retryInterval optional
 * @param requestId required
 * @param firmware required
 */
public record SignedUpdateFirmwareRequest(
        Integer retries,
        Integer retryInterval,
        int requestId,
        Firmware firmware) implements Request<SignedUpdateFirmwareConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<SignedUpdateFirmwareRequest> CODEC = ObjectCodec.<SignedUpdateFirmwareRequest>builder(
                    v -> new SignedUpdateFirmwareRequest(
                            (Integer) v[0],
                            (Integer) v[1],
                            (int) v[2],
                            (Firmware) v[3]))
            .optional("retries", ValueCodecs.INTEGER, SignedUpdateFirmwareRequest::retries)
            .optional("retryInterval", ValueCodecs.INTEGER, SignedUpdateFirmwareRequest::retryInterval)
            .requiredInt("requestId", SignedUpdateFirmwareRequest::requestId)
            .required("firmware", Firmware.CODEC, SignedUpdateFirmwareRequest::firmware)
            .build();

    public SignedUpdateFirmwareRequest {
        Check.required("firmware", firmware);
    }

    @Override
    public Action action() {
        return Action.SIGNED_UPDATE_FIRMWARE;
    }
}
