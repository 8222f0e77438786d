package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingProfile;
import io.reactiveocpp.codec.type.ChargingProfileKindType;
import io.reactiveocpp.codec.type.ChargingProfilePurposeType;
import io.reactiveocpp.codec.type.ChargingRateUnitType;
import io.reactiveocpp.codec.type.ChargingSchedule;
import io.reactiveocpp.codec.type.ChargingSchedulePeriod;
import io.reactiveocpp.engine.config.Configuration;

import java.math.BigDecimal;
import java.util.List;

/**
 * What makes a charging profile acceptable (OCPP 1.6 edition 2 §3.13, §5.16, §6.43, §7.8 to §7.11): each check
 * returns why the profile is refused, naming the field, or {@code null} when it passes. Stateless; the limits
 * come from the Smart Charging keys {@code ChargeProfileMaxStackLevel}, {@code ChargingScheduleMaxPeriods} and
 * {@code ChargingScheduleAllowedChargingRateUnit}.
 */
final class ProfileRules {

    private final Configuration config;

    ProfileRules(Configuration config) {
        this.config = config;
    }

    /**
     * Where the profile may go: connector {@code connectorId} of {@code connectorCount} exists; a
     * ChargePointMaxProfile only on 0; a TxProfile only on a connector with a running transaction {@code tx}, and
     * when it names a transactionId, only that transaction's.
     */
    String placement(int connectorId, ChargingProfile profile, TransactionStart tx, int connectorCount) {
        if (connectorId < 0 || connectorId > connectorCount) {
            return "connectorId: no connector " + connectorId + " (0 to " + connectorCount + ")";
        }
        ChargingProfilePurposeType purpose = profile.chargingProfilePurpose();
        if (purpose == ChargingProfilePurposeType.CHARGE_POINT_MAX_PROFILE && connectorId != 0) {
            return "chargingProfilePurpose: a ChargePointMaxProfile goes on connector 0 only, not " + connectorId;
        }
        if (purpose == ChargingProfilePurposeType.TX_PROFILE) {
            if (connectorId == 0) {
                return "connectorId: a TxProfile needs a connector above 0";
            }
            if (tx == null) {
                return "chargingProfilePurpose: a TxProfile needs a transaction running on connector " + connectorId;
            }
            Integer wanted = profile.transactionId();
            if (wanted != null && !wanted.equals(tx.transactionId())) {
                return "transactionId: " + wanted + " is not the transaction running on connector " + connectorId
                        + " (" + (tx.transactionId() == null ? "not yet known" : tx.transactionId()) + ")";
            }
        }
        return null;
    }

    /** What the profile itself must satisfy, wherever it goes. */
    String content(ChargingProfile profile) {
        if (profile.transactionId() != null
                && profile.chargingProfilePurpose() != ChargingProfilePurposeType.TX_PROFILE) {
            return "transactionId: only a TxProfile names a transaction";
        }
        int maxStack = config.integer("ChargeProfileMaxStackLevel");
        if (profile.stackLevel() < 0 || profile.stackLevel() > maxStack) {
            return "stackLevel: " + profile.stackLevel() + " is not 0 to " + maxStack + " (ChargeProfileMaxStackLevel)";
        }
        boolean recurring = profile.chargingProfileKind() == ChargingProfileKindType.RECURRING;
        if (recurring && profile.recurrencyKind() == null) {
            return "recurrencyKind: required for a Recurring profile";
        }
        if (recurring && profile.chargingSchedule().startSchedule() == null) {
            return "chargingSchedule.startSchedule: required for a Recurring profile";
        }
        if (!recurring && profile.recurrencyKind() != null) {
            return "recurrencyKind: only for a Recurring profile, not " + profile.chargingProfileKind().literal();
        }
        if (profile.validFrom() != null && profile.validTo() != null
                && !profile.validTo().isAfter(profile.validFrom())) {
            return "validTo: " + profile.validTo() + " is not after validFrom " + profile.validFrom();
        }
        return schedule(profile.chargingSchedule());
    }

    private String schedule(ChargingSchedule schedule) {
        if (schedule.duration() != null && schedule.duration() <= 0) {
            return "chargingSchedule.duration: must be more than 0 s, not " + schedule.duration();
        }
        String unit = schedule.chargingRateUnit() == ChargingRateUnitType.A ? "Current" : "Power";
        if (!config.list("ChargingScheduleAllowedChargingRateUnit").contains(unit)) {
            return "chargingSchedule.chargingRateUnit: " + schedule.chargingRateUnit().literal()
                    + " is not allowed (ChargingScheduleAllowedChargingRateUnit)";
        }
        if (schedule.minChargingRate() != null && schedule.minChargingRate().signum() < 0) {
            return "chargingSchedule.minChargingRate: must be 0 or more, not " + schedule.minChargingRate();
        }
        List<ChargingSchedulePeriod> periods = schedule.chargingSchedulePeriod();
        int maxPeriods = config.integer("ChargingScheduleMaxPeriods");
        if (periods.isEmpty() || periods.size() > maxPeriods) {
            return "chargingSchedule.chargingSchedulePeriod: " + periods.size() + " periods, not 1 to " + maxPeriods
                    + " (ChargingScheduleMaxPeriods)";
        }
        for (int i = 0; i < periods.size(); i++) {
            String where = "chargingSchedule.chargingSchedulePeriod[" + i + "].";
            ChargingSchedulePeriod period = periods.get(i);
            if (i == 0 && period.startPeriod() != 0) {
                return where + "startPeriod: the first period starts at 0, not " + period.startPeriod();
            }
            if (i > 0 && period.startPeriod() <= periods.get(i - 1).startPeriod()) {
                return where + "startPeriod: " + period.startPeriod() + " is not after the previous period's "
                        + periods.get(i - 1).startPeriod();
            }
            if (period.limit().compareTo(BigDecimal.ZERO) < 0) {
                return where + "limit: must be 0 or more, not " + period.limit();
            }
            if (period.numberPhases() != null && (period.numberPhases() < 1 || period.numberPhases() > 3)) {
                return where + "numberPhases: must be 1 to 3, not " + period.numberPhases();
            }
        }
        return null;
    }
}
