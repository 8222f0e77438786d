package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * The OCPP 1.6 datatype {@code KeyValue}.
 *
 * @param key required, at most 50 characters
 * @param readonly required
 * @param value optional, at most 500 characters
 */
public record KeyValue(String key, boolean readonly, String value) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<KeyValue> CODEC = ObjectCodec.<KeyValue>builder(
                    v -> new KeyValue((String) v[0], (boolean) v[1], (String) v[2]))
            .required("key", ValueCodecs.STRING, KeyValue::key)
            .required("readonly", ValueCodecs.BOOLEAN, KeyValue::readonly)
            .optional("value", ValueCodecs.STRING, KeyValue::value)
            .build();

    public KeyValue {
        key = Check.requiredMaxLength("key", key, 50);
        value = Check.maxLength("value", value, 500);
    }
}
