package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingRateUnitType;
import io.reactiveocpp.codec.type.ChargingSchedule;
import io.reactiveocpp.codec.type.ChargingSchedulePeriod;
import io.reactiveocpp.engine.metering.Supply;
import io.reactiveocpp.engine.smartcharging.CompositeSchedules.Layer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static io.reactiveocpp.codec.type.ChargingRateUnitType.A;
import static io.reactiveocpp.codec.type.ChargingRateUnitType.W;
import static io.reactiveocpp.engine.smartcharging.ProfileBuilder.chargePointMax;
import static io.reactiveocpp.engine.smartcharging.ProfileBuilder.tx;
import static io.reactiveocpp.engine.smartcharging.ProfileBuilder.txDefault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Composite schedules worked out by hand: each expected line is "start → end  limit unit ×phases #deciding profile"
 * (UTC; {@code #sum} for a station total that is the connectors' sum). 2026-12-07 is a Monday.
 */
class CompositeSchedulesGoldenTest {

    private static final Instant MON = Instant.parse("2026-12-07T00:00:00Z");
    private static final Supply THREE = Supply.THREE_PHASE_230;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static Instant at(String dayTime) {
        // "Mon 01:30" or "Mon 01:30:20"; Sun is the day before MON, Tue the day after
        String[] parts = dayTime.split(" ");
        int day = List.of("Sun", "Mon", "Tue").indexOf(parts[0]) - 1;
        String[] hms = parts[1].split(":");
        long seconds = Long.parseLong(hms[0]) * 3600 + Long.parseLong(hms[1]) * 60
                + (hms.length > 2 ? Long.parseLong(hms[2]) : 0);
        return MON.plus(Duration.ofDays(day)).plusSeconds(seconds);
    }

    private static List<String> lines(List<LimitPeriod> periods) {
        return periods.stream().map(p -> time(p.start()) + " → " + time(p.end()) + "  "
                + String.format(Locale.ROOT, "%.2f", p.limit()) + " " + p.unit().literal() + " ×" + p.phases() + " "
                + (p.decidedBy() == null ? "#sum" : "#" + p.decidedBy().chargingProfileId())).toList();
    }

    private static String time(Instant t) {
        int seconds = t.atZone(ZoneOffset.UTC).getSecond();
        return DAY_TIME.format(t) + (seconds == 0 ? "" : String.format(Locale.ROOT, ":%02d", seconds));
    }

    private static List<String> connector1(List<InstalledProfile> installed, TransactionStart tx, String from,
                                           String to, ChargingRateUnitType unit, Supply supply) {
        return lines(CompositeSchedules.connector(installed, 1, tx, at(from), at(to), unit, supply));
    }

    @Test
    void aHigherTxDefaultWithAShorterDurationFallsBackToTheLowerOne() {
        List<InstalledProfile> installed = List.of(
                txDefault(1, 0).on(1).at(MON).period(0, 16).build(),
                txDefault(2, 1).on(1).at(at("Mon 01:00")).duration(7200).period(0, 10).build());
        assertThat(connector1(installed, null, "Mon 00:00", "Mon 06:00", A, THREE)).containsExactly(
                "Mon 00:00 → Mon 01:00  16.00 A ×3 #1",
                "Mon 01:00 → Mon 03:00  10.00 A ×3 #2",
                "Mon 03:00 → Mon 06:00  16.00 A ×3 #1");
    }

    @Test
    void aTxProfileBeatsATxDefaultOfHigherStackLevelEvenWithAHigherLimit() {
        List<InstalledProfile> installed = List.of(
                txDefault(1, 5).on(1).at(MON).period(0, 20).build(),
                tx(2, 0).on(1).at(at("Mon 02:00")).duration(3600).period(0, 32).build());
        TransactionStart running = new TransactionStart(42, at("Mon 00:30"));
        assertThat(connector1(installed, running, "Mon 00:00", "Mon 04:00", A, THREE)).containsExactly(
                "Mon 00:00 → Mon 02:00  20.00 A ×3 #1",
                "Mon 02:00 → Mon 03:00  32.00 A ×3 #2",
                "Mon 03:00 → Mon 04:00  20.00 A ×3 #1");
        // without a transaction a TxProfile does not apply
        assertThat(connector1(installed, null, "Mon 00:00", "Mon 04:00", A, THREE)).containsExactly(
                "Mon 00:00 → Mon 04:00  20.00 A ×3 #1");
    }

    @Test
    void aTxDefaultOnTheConnectorBeatsOneOnZeroAtTheSameStackLevel() {
        List<InstalledProfile> installed = List.of(
                txDefault(1, 1).on(0).at(MON).period(0, 16).build(),
                txDefault(2, 1).on(1).at(at("Mon 01:00")).duration(3600).period(0, 20).build());
        assertThat(connector1(installed, null, "Mon 00:00", "Mon 03:00", A, THREE)).containsExactly(
                "Mon 00:00 → Mon 01:00  16.00 A ×3 #1",
                "Mon 01:00 → Mon 02:00  20.00 A ×3 #2",
                "Mon 02:00 → Mon 03:00  16.00 A ×3 #1");
        // connector 2 sees only the one on 0
        assertThat(lines(CompositeSchedules.connector(installed, 2, null, at("Mon 00:00"), at("Mon 03:00"), A,
                THREE))).containsExactly("Mon 00:00 → Mon 03:00  16.00 A ×3 #1");
    }

    @Test
    void theChargePointMaxProfileCapsTheTransactionLayer() {
        List<InstalledProfile> installed = List.of(
                chargePointMax(1, 0).on(0).at(MON).period(0, 20).period(7200, 10).build(),
                txDefault(2, 0).on(0).at(MON).period(0, 16).period(10800, 25).build());
        assertThat(connector1(installed, null, "Mon 00:00", "Mon 04:00", A, THREE)).containsExactly(
                "Mon 00:00 → Mon 02:00  16.00 A ×3 #2",
                "Mon 02:00 → Mon 04:00  10.00 A ×3 #1");
        assertThat(lines(CompositeSchedules.layer(Layer.STATION, installed, 1, null, at("Mon 00:00"),
                at("Mon 04:00"), A, THREE))).containsExactly(
                "Mon 00:00 → Mon 02:00  20.00 A ×3 #1",
                "Mon 02:00 → Mon 04:00  10.00 A ×3 #1");
        assertThat(lines(CompositeSchedules.layer(Layer.TRANSACTION, installed, 1, null, at("Mon 00:00"),
                at("Mon 04:00"), A, THREE))).containsExactly(
                "Mon 00:00 → Mon 03:00  16.00 A ×3 #2",
                "Mon 03:00 → Mon 04:00  25.00 A ×3 #2");
    }

    @Test
    void theStationLayerIsTheLeastOfTheChargePointMaxProfiles() {
        List<InstalledProfile> installed = List.of(
                chargePointMax(1, 0).on(0).at(MON).period(0, 20).build(),
                chargePointMax(2, 1).on(0).at(at("Mon 01:00")).duration(3600).period(0, 30).build(),
                chargePointMax(3, 2).on(0).at(at("Mon 02:00")).duration(3600).period(0, 12).build());
        assertThat(lines(CompositeSchedules.layer(Layer.STATION, installed, 1, null, at("Mon 00:00"),
                at("Mon 04:00"), A, THREE))).containsExactly(
                "Mon 00:00 → Mon 02:00  20.00 A ×3 #1",
                "Mon 02:00 → Mon 03:00  12.00 A ×3 #3",
                "Mon 03:00 → Mon 04:00  20.00 A ×3 #1");
    }

    @Test
    void aDailyProfileRunsAcrossMidnightAndLeavesTheRestOfTheDayToTheLowerOne() {
        List<InstalledProfile> installed = List.of(
                txDefault(1, 1).on(1).daily(at("Sun 22:00").minus(Duration.ofDays(7))).duration(4 * 3600)
                        .period(0, 10).period(7200, 6).build(),
                txDefault(2, 0).on(1).at(MON.minus(Duration.ofDays(30))).period(0, 32).build());
        assertThat(connector1(installed, null, "Mon 20:00", "Tue 04:00", A, THREE)).containsExactly(
                "Mon 20:00 → Mon 22:00  32.00 A ×3 #2",
                "Mon 22:00 → Tue 00:00  10.00 A ×3 #1",
                "Tue 00:00 → Tue 02:00  6.00 A ×3 #1",
                "Tue 02:00 → Tue 04:00  32.00 A ×3 #2");
    }

    @Test
    void aDailyProfileWithoutDurationLastsTheWholeDay() {
        List<InstalledProfile> installed = List.of(
                txDefault(1, 0).on(1).daily(Instant.parse("2026-11-29T06:00:00Z")).period(0, 16).period(43200, 8)
                        .build());
        assertThat(connector1(installed, null, "Mon 00:00", "Tue 00:00", A, THREE)).containsExactly(
                "Mon 00:00 → Mon 06:00  8.00 A ×3 #1",
                "Mon 06:00 → Mon 18:00  16.00 A ×3 #1",
                "Mon 18:00 → Tue 00:00  8.00 A ×3 #1");
    }

    @Test
    void aWeeklyProfileRunsFromSundayIntoTheNextWeek() {
        // anchored on Monday 2026-11-30 00:00; from Sunday 20:00 (6 d 20 h in) 8 A until the week starts again
        List<InstalledProfile> installed = List.of(
                txDefault(1, 0).on(1).weekly(Instant.parse("2026-11-30T00:00:00Z")).period(0, 16)
                        .period(6 * 86400 + 20 * 3600, 8).build());
        assertThat(connector1(installed, null, "Sun 18:00", "Mon 02:00", A, THREE)).containsExactly(
                "Sun 18:00 → Sun 20:00  16.00 A ×3 #1",
                "Sun 20:00 → Mon 00:00  8.00 A ×3 #1",
                "Mon 00:00 → Mon 02:00  16.00 A ×3 #1");
    }

    @Test
    void aRelativeProfileStartsWithTheTransactionOrElseAtTheWindowsStart() {
        List<InstalledProfile> installed = List.of(
                txDefault(1, 0).on(1).relative().duration(3600).period(0, 6).period(1800, 16).build());
        TransactionStart running = new TransactionStart(7, at("Mon 00:10"));
        assertThat(connector1(installed, running, "Mon 00:00", "Mon 02:00", A, THREE)).containsExactly(
                "Mon 00:10 → Mon 00:40  6.00 A ×3 #1",
                "Mon 00:40 → Mon 01:10  16.00 A ×3 #1");
        assertThat(connector1(installed, null, "Mon 00:05", "Mon 02:00", A, THREE)).containsExactly(
                "Mon 00:05 → Mon 00:35  6.00 A ×3 #1",
                "Mon 00:35 → Mon 01:05  16.00 A ×3 #1");
    }

    @Test
    void anAbsoluteProfileWithoutStartScheduleStartsWithTheTransaction() {
        List<InstalledProfile> installed = List.of(
                txDefault(1, 0).on(1).duration(600).period(0, 6).period(300, 8).build());
        TransactionStart running = new TransactionStart(7, at("Mon 00:02"));
        assertThat(connector1(installed, running, "Mon 00:00", "Mon 01:00", A, THREE)).containsExactly(
                "Mon 00:02 → Mon 00:07  6.00 A ×3 #1",
                "Mon 00:07 → Mon 00:12  8.00 A ×3 #1");
    }

    @Test
    void validFromAndValidToCutPeriodsInTheirMiddle() {
        List<InstalledProfile> installed = List.of(
                txDefault(1, 1).on(1).at(MON).valid(at("Mon 00:30"), at("Mon 01:30")).period(0, 10)
                        .period(3600, 12).build(),
                txDefault(2, 0).on(1).at(MON).period(0, 32).build());
        assertThat(connector1(installed, null, "Mon 00:00", "Mon 02:00", A, THREE)).containsExactly(
                "Mon 00:00 → Mon 00:30  32.00 A ×3 #2",
                "Mon 00:30 → Mon 01:00  10.00 A ×3 #1",
                "Mon 01:00 → Mon 01:30  12.00 A ×3 #1",
                "Mon 01:30 → Mon 02:00  32.00 A ×3 #2");
    }

    @Test
    void amperesBecomeWattsWithThePeriodsPhases() {
        List<InstalledProfile> three = List.of(txDefault(1, 0).on(1).at(MON).period(0, 16).build());
        assertThat(connector1(three, null, "Mon 00:00", "Mon 01:00", W, THREE)).containsExactly(
                "Mon 00:00 → Mon 01:00  11040.00 W ×3 #1");
        List<InstalledProfile> one = List.of(txDefault(1, 0).on(1).at(MON).period(0, 16, 1).build());
        assertThat(connector1(one, null, "Mon 00:00", "Mon 01:00", W, THREE)).containsExactly(
                "Mon 00:00 → Mon 01:00  3680.00 W ×1 #1");
    }

    @Test
    void wattsBecomeAmperesWithThePeriodsPhases() {
        List<InstalledProfile> three = List.of(txDefault(1, 0).on(1).at(MON).watts().period(0, 11000).build());
        assertThat(connector1(three, null, "Mon 00:00", "Mon 01:00", A, THREE)).containsExactly(
                "Mon 00:00 → Mon 01:00  15.94 A ×3 #1");
        List<InstalledProfile> one = List.of(txDefault(1, 0).on(1).at(MON).watts().period(0, 3680, 1).build());
        assertThat(connector1(one, null, "Mon 00:00", "Mon 01:00", A, THREE)).containsExactly(
                "Mon 00:00 → Mon 01:00  16.00 A ×1 #1");
    }

    @Test
    void aSinglePhaseSupplyCapsThreePhasesOfAProfile() {
        List<InstalledProfile> installed = List.of(txDefault(1, 0).on(1).at(MON).period(0, 32, 3).build());
        assertThat(connector1(installed, null, "Mon 00:00", "Mon 01:00", W, new Supply(1, 230))).containsExactly(
                "Mon 00:00 → Mon 01:00  7360.00 W ×1 #1");
    }

    @Test
    void layersOfDifferentUnitsAreComparedAsPower() {
        // 11,000 W is less than 16 A on three phases (11,040 W) but more than 16 A on one phase (3,680 W)
        InstalledProfile max = chargePointMax(1, 0).on(0).at(MON).watts().period(0, 11000).build();
        assertThat(connector1(List.of(max, txDefault(2, 0).on(1).at(MON).period(0, 16).build()), null,
                "Mon 00:00", "Mon 01:00", A, THREE)).containsExactly("Mon 00:00 → Mon 01:00  15.94 A ×3 #1");
        assertThat(connector1(List.of(max, txDefault(2, 0).on(1).at(MON).period(0, 16, 1).build()), null,
                "Mon 00:00", "Mon 01:00", A, THREE)).containsExactly("Mon 00:00 → Mon 01:00  16.00 A ×1 #2");
    }

    @Test
    void adjacentEqualPeriodsOfOneProfileAreMerged() {
        List<InstalledProfile> installed = List.of(
                txDefault(1, 0).on(1).at(MON).period(0, 16).period(3600, 16).period(7200, 10).build());
        assertThat(connector1(installed, null, "Mon 00:00", "Mon 03:00", A, THREE)).containsExactly(
                "Mon 00:00 → Mon 02:00  16.00 A ×3 #1",
                "Mon 02:00 → Mon 03:00  10.00 A ×3 #1");
    }

    @Test
    void stretchesWithoutLimitAreLeftOutAndTheScheduleStatesThem() {
        List<InstalledProfile> installed = List.of(
                txDefault(1, 0).on(1).at(at("Mon 01:00")).duration(3600).period(0, 10).build(),
                txDefault(2, 0).on(1).at(at("Mon 03:00")).duration(3600).period(0, 12, 1).build());
        List<LimitPeriod> periods = CompositeSchedules.connector(installed, 1, null, MON, at("Mon 06:00"), A, THREE);
        assertThat(lines(periods)).containsExactly(
                "Mon 01:00 → Mon 02:00  10.00 A ×3 #1",
                "Mon 03:00 → Mon 04:00  12.00 A ×1 #2");
        ChargingSchedule schedule = CompositeSchedules.toSchedule(periods, MON, A, 32);
        assertThat(schedule.startSchedule()).isEqualTo(MON);
        assertThat(schedule.chargingRateUnit()).isEqualTo(A);
        assertThat(schedule.duration()).isEqualTo(4 * 3600);
        assertThat(schedule.chargingSchedulePeriod()).containsExactly(
                new ChargingSchedulePeriod(3600, new BigDecimal("10.0"), null),
                new ChargingSchedulePeriod(7200, new BigDecimal("32.0"), null),
                new ChargingSchedulePeriod(10800, new BigDecimal("12.0"), 1));
        assertThat(CompositeSchedules.toSchedule(List.of(), MON, A, 32)).isNull();
    }

    @Test
    void theScheduleRoundsLimitsDownToATenthOfAnAmpereOrAWatt() {
        List<InstalledProfile> installed = List.of(txDefault(1, 0).on(1).at(MON).watts().period(0, 11000)
                .period(3600, 11000.5).build());
        ChargingSchedule amperes = CompositeSchedules.toSchedule(
                CompositeSchedules.connector(installed, 1, null, MON, at("Mon 02:00"), A, THREE), MON, A, 32);
        // 11,000 W / 690 V = 15.94 A and 11,000.5 W / 690 V = 15.943 A: both 15.9 A on the wire, one period
        assertThat(amperes.chargingSchedulePeriod()).containsExactly(
                new ChargingSchedulePeriod(0, new BigDecimal("15.9"), null));
        assertThat(amperes.duration()).isEqualTo(7200);
        ChargingSchedule watts = CompositeSchedules.toSchedule(
                CompositeSchedules.connector(installed, 1, null, MON, at("Mon 02:00"), W, THREE), MON, W, 22080);
        assertThat(watts.chargingSchedulePeriod()).containsExactly(
                new ChargingSchedulePeriod(0, new BigDecimal("11000"), null));
    }

    @Test
    void theStationTotalIsTheLesserOfTheStationLayerAndTheSumOfTheConnectors() {
        List<InstalledProfile> installed = List.of(
                chargePointMax(1, 0).on(0).at(MON).period(0, 40).period(7200, 30).build(),
                txDefault(2, 0).on(1).at(MON).period(0, 16).build(),
                txDefault(3, 0).on(2).at(at("Mon 01:00")).period(0, 20).build());
        // before 01:00 connector 2 has no limit, so there is no sum: the station layer alone
        assertThat(lines(CompositeSchedules.station(installed, 2, c -> null, MON, at("Mon 03:00"), A, THREE)))
                .containsExactly(
                        "Mon 00:00 → Mon 01:00  40.00 A ×3 #1",
                        "Mon 01:00 → Mon 02:00  36.00 A ×3 #sum",
                        "Mon 02:00 → Mon 03:00  30.00 A ×3 #1");
    }

    @Test
    void theStationTotalWithoutStationLayerIsTheSumWhereEveryConnectorHasALimit() {
        List<InstalledProfile> installed = List.of(
                txDefault(2, 0).on(1).at(MON).duration(7200).period(0, 16).build(),
                txDefault(3, 0).on(2).at(at("Mon 01:00")).period(0, 16, 1).build());
        assertThat(lines(CompositeSchedules.station(installed, 2, c -> null, MON, at("Mon 03:00"), W, THREE)))
                .containsExactly("Mon 01:00 → Mon 02:00  14720.00 W ×3 #sum");
    }

    @Test
    void aTxProfileOfAnotherTransactionIsIgnored() {
        List<InstalledProfile> installed = List.of(
                txDefault(1, 0).on(1).at(MON).period(0, 16).build(),
                tx(2, 0).on(1).transaction(99).at(MON).period(0, 10).build());
        assertThat(connector1(installed, new TransactionStart(42, MON), "Mon 00:00", "Mon 01:00", A, THREE))
                .containsExactly("Mon 00:00 → Mon 01:00  16.00 A ×3 #1");
        assertThat(connector1(installed, new TransactionStart(99, MON), "Mon 00:00", "Mon 01:00", A, THREE))
                .containsExactly("Mon 00:00 → Mon 01:00  10.00 A ×3 #2");
        // not answered yet (offline): only a TxProfile without transactionId would apply
        assertThat(connector1(installed, new TransactionStart(null, MON), "Mon 00:00", "Mon 01:00", A, THREE))
                .containsExactly("Mon 00:00 → Mon 01:00  16.00 A ×3 #1");
    }

    /**
     * After OCPP 1.6 §3.13.3 ("Stacking charging profiles"): a default of stack level 0 for every day, and for one
     * day a profile of stack level 1 limited by validFrom/validTo that overrides it while it has a period; outside
     * its schedule's hours the default shows through.
     */
    @Test
    void specStackingExampleADayProfileOverridesTheEverydayDefault() {
        List<InstalledProfile> installed = List.of(
                txDefault(1, 0).on(0).daily(Instant.parse("2026-11-01T00:00:00Z")).period(0, 32)
                        .period(8 * 3600, 16).period(20 * 3600, 32).build(),
                txDefault(2, 1).on(0).daily(Instant.parse("2026-11-01T06:00:00Z")).duration(8 * 3600)
                        .valid(at("Mon 00:00"), at("Tue 00:00")).period(0, 10).build());
        assertThat(connector1(installed, null, "Mon 00:00", "Tue 12:00", A, THREE)).containsExactly(
                "Mon 00:00 → Mon 06:00  32.00 A ×3 #1",
                "Mon 06:00 → Mon 14:00  10.00 A ×3 #2",
                "Mon 14:00 → Mon 20:00  16.00 A ×3 #1",
                "Mon 20:00 → Tue 08:00  32.00 A ×3 #1",
                "Tue 08:00 → Tue 12:00  16.00 A ×3 #1");
    }

    /**
     * After OCPP 1.6 §3.13.4 ("Combining charging profile purposes"): a ChargePointMaxProfile caps the station, a
     * TxDefaultProfile sets the connector's default, and a TxProfile replaces the default for the transaction; the
     * composite is the least of the cap and the transaction layer at each instant.
     */
    @Test
    void specCombiningExampleChargePointMaxTxDefaultAndTxProfile() {
        List<InstalledProfile> installed = List.of(
                chargePointMax(1, 0).on(0).at(MON).period(0, 32).period(4 * 3600, 20).build(),
                txDefault(2, 0).on(0).at(MON).period(0, 25).build(),
                tx(3, 0).on(1).relative().duration(6 * 3600).period(0, 16).period(2 * 3600, 32).build());
        TransactionStart running = new TransactionStart(5, at("Mon 01:00"));
        assertThat(connector1(installed, running, "Mon 00:00", "Mon 08:00", A, THREE)).containsExactly(
                "Mon 00:00 → Mon 01:00  25.00 A ×3 #2",
                "Mon 01:00 → Mon 03:00  16.00 A ×3 #3",
                "Mon 03:00 → Mon 04:00  32.00 A ×3 #3",
                "Mon 04:00 → Mon 08:00  20.00 A ×3 #1");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> CompositeSchedules.connector(List.of(), 0, null, MON, MON, A, THREE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectorId");
        assertThatThrownBy(() -> CompositeSchedules.connector(List.of(), 1, null, MON, MON.minusSeconds(1), A,
                THREE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to must not be before");
        assertThatThrownBy(() -> CompositeSchedules.connector(null, 1, null, MON, MON, A, THREE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("installed");
        assertThatThrownBy(() -> CompositeSchedules.toSchedule(List.of(), MON, A, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gapLimit");
    }
}
