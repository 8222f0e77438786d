package io.reactiveocpp.codec.pnc;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;

/**
 * EVSE urn:x-oca:ocpp:uid:2:233123 Electric Vehicle Supply Equipment
 *
 * @param customData optional. This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 * @param id required. Identified_ Object. MRID. Numeric_ Identifier urn:x-enexis:ecdm:uid:1:569198 EVSE Identifier. This contains a number (&gt; 0) designating an EVSE of the Charging Station.
 * @param connectorId optional. An id to designate a specific connector (on an EVSE) by connector index number.
 */
public record PncEVSE(PncCustomData customData, int id, Integer connectorId) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<PncEVSE> CODEC = ObjectCodec.<PncEVSE>builder(
                    v -> new PncEVSE((PncCustomData) v[0], (int) v[1], (Integer) v[2]))
            .optional("customData", PncCustomData.CODEC, PncEVSE::customData)
            .requiredInt("id", PncEVSE::id)
            .optional("connectorId", ValueCodecs.INTEGER, PncEVSE::connectorId)
            .build();
}
