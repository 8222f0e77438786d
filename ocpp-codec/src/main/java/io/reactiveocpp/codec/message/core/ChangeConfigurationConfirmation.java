package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.type.ConfigurationStatus;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code ChangeConfiguration.conf} (OCPP 1.6 edition 2, section 6.10), sent from charge point to central system.
 *
 * @param status required
 */
public record ChangeConfigurationConfirmation(ConfigurationStatus status) implements Confirmation {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ChangeConfigurationConfirmation> CODEC = ObjectCodec.<ChangeConfigurationConfirmation>builder(
                    v -> new ChangeConfigurationConfirmation((ConfigurationStatus) v[0]))
            .required("status", ConfigurationStatus.CODEC, ChangeConfigurationConfirmation::status)
            .build();

    public ChangeConfigurationConfirmation {
        Check.required("status", status);
    }

    @Override
    public Action action() {
        return Action.CHANGE_CONFIGURATION;
    }
}
