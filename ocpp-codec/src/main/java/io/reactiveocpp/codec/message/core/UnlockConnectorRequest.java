package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;

/**
 * {@code UnlockConnector.req} (OCPP 1.6 edition 2, section 6.53), sent from central system to charge point.
 *
 * @param connectorId required
 */
public record UnlockConnectorRequest(int connectorId) implements Request<UnlockConnectorConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<UnlockConnectorRequest> CODEC = ObjectCodec.<UnlockConnectorRequest>builder(
                    v -> new UnlockConnectorRequest((int) v[0]))
            .requiredInt("connectorId", UnlockConnectorRequest::connectorId)
            .build();

    @Override
    public Action action() {
        return Action.UNLOCK_CONNECTOR;
    }
}
