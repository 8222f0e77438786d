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
public record PncCustomData(String vendorId, RawJson extensions) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncCustomData> CODEC = ObjectCodec.<PncCustomData>builder(
                    v -> new PncCustomData((String) v[0], (RawJson) v[1]))
            .required("vendorId", ValueCodecs.STRING, PncCustomData::vendorId)
            .extensions(PncCustomData::extensions)
            .build();

    public PncCustomData {
        vendorId = Check.requiredMaxLength("vendorId", vendorId, 255);
    }
}
