package io.reactiveocpp.codec.type;

import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;

/**
 * The OCPP 1.6 datatype {@code ChargingProfile}.
 *
 * @param chargingProfileId required
 * @param transactionId optional
 * @param stackLevel required
 * @param chargingProfilePurpose required
 * @param chargingProfileKind required
 * @param recurrencyKind optional
 * @param validFrom optional, UTC on the wire
 * @param validTo optional, UTC on the wire
 * @param chargingSchedule required
 */
public record ChargingProfile(
        int chargingProfileId,
        Integer transactionId,
        int stackLevel,
        ChargingProfilePurposeType chargingProfilePurpose,
        ChargingProfileKindType chargingProfileKind,
        RecurrencyKindType recurrencyKind,
        Instant validFrom,
        Instant validTo,
        ChargingSchedule chargingSchedule) {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<ChargingProfile> CODEC = ObjectCodec.<ChargingProfile>builder(
                    v -> new ChargingProfile(
                            (int) v[0],
                            (Integer) v[1],
                            (int) v[2],
                            (ChargingProfilePurposeType) v[3],
                            (ChargingProfileKindType) v[4],
                            (RecurrencyKindType) v[5],
                            (Instant) v[6],
                            (Instant) v[7],
                            (ChargingSchedule) v[8]))
            .requiredInt("chargingProfileId", ChargingProfile::chargingProfileId)
            .optional("transactionId", ValueCodecs.INTEGER, ChargingProfile::transactionId)
            .requiredInt("stackLevel", ChargingProfile::stackLevel)
            .required("chargingProfilePurpose", ChargingProfilePurposeType.CODEC, ChargingProfile::chargingProfilePurpose)
            .required("chargingProfileKind", ChargingProfileKindType.CODEC, ChargingProfile::chargingProfileKind)
            .optional("recurrencyKind", RecurrencyKindType.CODEC, ChargingProfile::recurrencyKind)
            .optional("validFrom", ValueCodecs.DATE_TIME, ChargingProfile::validFrom)
            .optional("validTo", ValueCodecs.DATE_TIME, ChargingProfile::validTo)
            .required("chargingSchedule", ChargingSchedule.CODEC, ChargingProfile::chargingSchedule)
            .build();

    public ChargingProfile {
        Check.required("chargingProfilePurpose", chargingProfilePurpose);
        Check.required("chargingProfileKind", chargingProfileKind);
        Check.required("chargingSchedule", chargingSchedule);
    }
}
