package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.ChargingProfile;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code RemoteStartTransaction.req} (OCPP 1.6 edition 2, section 6.33), sent from central system to charge point.
 *
 * @param connectorId optional
 * @param idTag required, at most 20 characters
 * @param chargingProfile optional
 */
public record RemoteStartTransactionRequest(
        Integer connectorId,
        String idTag,
        ChargingProfile chargingProfile) implements Request<RemoteStartTransactionConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<RemoteStartTransactionRequest> CODEC = ObjectCodec.<RemoteStartTransactionRequest>builder(
                    v -> new RemoteStartTransactionRequest(
                            (Integer) v[0],
                            (String) v[1],
                            (ChargingProfile) v[2]))
            .optional("connectorId", ValueCodecs.INTEGER, RemoteStartTransactionRequest::connectorId)
            .required("idTag", ValueCodecs.STRING, RemoteStartTransactionRequest::idTag)
            .optional("chargingProfile", ChargingProfile.CODEC, RemoteStartTransactionRequest::chargingProfile)
            .build();

    public RemoteStartTransactionRequest {
        idTag = Check.requiredMaxLength("idTag", idTag, 20);
    }

    @Override
    public Action action() {
        return Action.REMOTE_START_TRANSACTION;
    }
}
