package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.validate.Check;

import java.util.List;

/**
 * {@code GetConfiguration.req} (OCPP 1.6 edition 2, section 6.23), sent from central system to charge point.
 *
 * @param key optional
 */
public record GetConfigurationRequest(List<String> key) implements Request<GetConfigurationConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<GetConfigurationRequest> CODEC = ObjectCodec.<GetConfigurationRequest>builder(
                    v -> new GetConfigurationRequest((List<String>) v[0]))
            .optional("key", ListCodec.of(ValueCodecs.STRING), GetConfigurationRequest::key)
            .build();

    public GetConfigurationRequest {
        key = Check.list("key", key, 0);
    }

    @Override
    public Action action() {
        return Action.GET_CONFIGURATION;
    }
}
