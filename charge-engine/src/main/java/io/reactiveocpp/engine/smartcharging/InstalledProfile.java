package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingProfile;

/**
 * A charging profile as the charge point keeps it: the profile the backend sent and the connector it was set on
 * (0: the whole station; a TxDefaultProfile on 0 applies to every connector).
 */
public record InstalledProfile(int connectorId, ChargingProfile profile) {

    public InstalledProfile {
        if (connectorId < 0) {
            throw new IllegalArgumentException("connectorId must be 0 or more, not " + connectorId);
        }
        if (profile == null) {
            throw new IllegalArgumentException("profile is required");
        }
    }

    /** What names this profile in a trace: id, stack level and purpose. */
    public ProfileRef ref() {
        return new ProfileRef(profile.chargingProfileId(), profile.stackLevel(), profile.chargingProfilePurpose());
    }
}
