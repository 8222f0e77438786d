package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code ChangeConfiguration.req} (OCPP 1.6 edition 2, section 6.9), sent from central system to charge point.
 *
 * @param key required, at most 50 characters
 * @param value required, at most 500 characters
 */
public record ChangeConfigurationRequest(
        String key,
        String value) implements Request<ChangeConfigurationConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ChangeConfigurationRequest> CODEC = ObjectCodec.<ChangeConfigurationRequest>builder(
                    v -> new ChangeConfigurationRequest((String) v[0], (String) v[1]))
            .required("key", ValueCodecs.STRING, ChangeConfigurationRequest::key)
            .required("value", ValueCodecs.STRING, ChangeConfigurationRequest::value)
            .build();

    public ChangeConfigurationRequest {
        key = Check.requiredMaxLength("key", key, 50);
        value = Check.requiredMaxLength("value", value, 500);
    }

    @Override
    public Action action() {
        return Action.CHANGE_CONFIGURATION;
    }
}
