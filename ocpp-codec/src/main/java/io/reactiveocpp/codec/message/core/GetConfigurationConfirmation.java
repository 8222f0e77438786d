package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.KeyValue;
import io.reactiveocpp.codec.validate.Check;

import java.util.List;

/**
 * {@code GetConfiguration.conf} (OCPP 1.6 edition 2, section 6.24), sent from charge point to central system.
 *
 * @param configurationKey optional
 * @param unknownKey optional
 */
public record GetConfigurationConfirmation(
        List<KeyValue> configurationKey,
        List<String> unknownKey) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<GetConfigurationConfirmation> CODEC = ObjectCodec.<GetConfigurationConfirmation>builder(
                    v -> new GetConfigurationConfirmation((List<KeyValue>) v[0], (List<String>) v[1]))
            .optional("configurationKey", ListCodec.of(KeyValue.CODEC), GetConfigurationConfirmation::configurationKey)
            .optional("unknownKey", ListCodec.of(ValueCodecs.STRING), GetConfigurationConfirmation::unknownKey)
            .build();

    public GetConfigurationConfirmation {
        configurationKey = Check.list("configurationKey", configurationKey, 0);
        unknownKey = Check.list("unknownKey", unknownKey, 0);
    }

    @Override
    public Action action() {
        return Action.GET_CONFIGURATION;
    }
}
