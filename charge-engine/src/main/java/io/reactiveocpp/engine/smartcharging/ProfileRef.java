package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingProfilePurposeType;

/** The profile that decided a limit: its id, stack level and purpose (for {@code /api/status} and the log). */
public record ProfileRef(int chargingProfileId, int stackLevel, ChargingProfilePurposeType purpose) {

    @Override
    public String toString() {
        return "profile " + chargingProfileId + " (" + purpose.literal() + ", stack level " + stackLevel + ")";
    }
}
