package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.Confirmation;

/**
 * {@code MeterValues.conf} (OCPP 1.6 edition 2, section 6.32), sent from central system to charge point.
 */
public record MeterValuesConfirmation() implements Confirmation {

    /** The one instance: this payload has no properties. */
    public static final MeterValuesConfirmation INSTANCE = new MeterValuesConfirmation();

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<MeterValuesConfirmation> CODEC = ObjectCodec.<MeterValuesConfirmation>builder(v -> INSTANCE)
            .build();

    @Override
    public Action action() {
        return Action.METER_VALUES;
    }
}
