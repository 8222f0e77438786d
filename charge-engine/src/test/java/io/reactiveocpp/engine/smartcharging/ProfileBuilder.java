package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingProfile;
import io.reactiveocpp.codec.type.ChargingProfileKindType;
import io.reactiveocpp.codec.type.ChargingProfilePurposeType;
import io.reactiveocpp.codec.type.ChargingRateUnitType;
import io.reactiveocpp.codec.type.ChargingSchedule;
import io.reactiveocpp.codec.type.ChargingSchedulePeriod;
import io.reactiveocpp.codec.type.RecurrencyKindType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the installed profiles of the tests in a few words: {@code txDefault(1, 0).on(1).at(T0).period(0, 16)}. */
final class ProfileBuilder {

    private final int id;
    private final int stackLevel;
    private final ChargingProfilePurposeType purpose;
    private int connectorId;
    private Integer transactionId;
    private ChargingProfileKindType kind = ChargingProfileKindType.ABSOLUTE;
    private RecurrencyKindType recurrency;
    private Instant validFrom;
    private Instant validTo;
    private Instant startSchedule;
    private Integer duration;
    private ChargingRateUnitType unit = ChargingRateUnitType.A;
    private final List<ChargingSchedulePeriod> periods = new ArrayList<>();

    private ProfileBuilder(int id, int stackLevel, ChargingProfilePurposeType purpose) {
        this.id = id;
        this.stackLevel = stackLevel;
        this.purpose = purpose;
    }

    static ProfileBuilder chargePointMax(int id, int stackLevel) {
        return new ProfileBuilder(id, stackLevel, ChargingProfilePurposeType.CHARGE_POINT_MAX_PROFILE);
    }

    static ProfileBuilder txDefault(int id, int stackLevel) {
        return new ProfileBuilder(id, stackLevel, ChargingProfilePurposeType.TX_DEFAULT_PROFILE);
    }

    static ProfileBuilder tx(int id, int stackLevel) {
        return new ProfileBuilder(id, stackLevel, ChargingProfilePurposeType.TX_PROFILE);
    }

    ProfileBuilder on(int connector) {
        this.connectorId = connector;
        return this;
    }

    ProfileBuilder transaction(Integer id) {
        this.transactionId = id;
        return this;
    }

    /** Absolute from {@code start} ({@code null}: from the transaction's start or the window's). */
    ProfileBuilder at(Instant start) {
        this.startSchedule = start;
        return this;
    }

    ProfileBuilder relative() {
        this.kind = ChargingProfileKindType.RELATIVE;
        return this;
    }

    ProfileBuilder daily(Instant anchor) {
        this.kind = ChargingProfileKindType.RECURRING;
        this.recurrency = RecurrencyKindType.DAILY;
        this.startSchedule = anchor;
        return this;
    }

    ProfileBuilder weekly(Instant anchor) {
        this.kind = ChargingProfileKindType.RECURRING;
        this.recurrency = RecurrencyKindType.WEEKLY;
        this.startSchedule = anchor;
        return this;
    }

    ProfileBuilder duration(int seconds) {
        this.duration = seconds;
        return this;
    }

    ProfileBuilder valid(Instant from, Instant to) {
        this.validFrom = from;
        this.validTo = to;
        return this;
    }

    ProfileBuilder watts() {
        this.unit = ChargingRateUnitType.W;
        return this;
    }

    ProfileBuilder period(int startPeriod, double limit) {
        return period(startPeriod, limit, null);
    }

    ProfileBuilder period(int startPeriod, double limit, Integer numberPhases) {
        periods.add(new ChargingSchedulePeriod(startPeriod, BigDecimal.valueOf(limit), numberPhases));
        return this;
    }

    InstalledProfile build() {
        ChargingSchedule schedule = new ChargingSchedule(duration, startSchedule, unit, periods, null);
        return new InstalledProfile(connectorId, new ChargingProfile(id, transactionId, stackLevel, purpose, kind,
                recurrency, validFrom, validTo, schedule));
    }
}
