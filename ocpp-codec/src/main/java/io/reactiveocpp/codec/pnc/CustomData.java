package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.RawJson;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

/**
 * This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 *
 * @param vendorId required, at most 255 characters
 * @param extensions the properties beyond the schema's, as a JSON object, or {@code null}
 */
public record CustomData(String vendorId, RawJson extensions) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<CustomData> CODEC = ObjectCodec.<CustomData>builder(
                    v -> new CustomData((String) v[0], (RawJson) v[1]))
            .required("vendorId", ValueCodecs.STRING, CustomData::vendorId)
            .extensions(CustomData::extensions)
            .build();

    public CustomData {
        vendorId = Check.requiredMaxLength("vendorId", vendorId, 255);
    }
}
