package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.codec.type.ChargingProfile;
import io.reactiveocpp.codec.type.ChargingProfileKindType;
import io.reactiveocpp.codec.type.ChargingProfilePurposeType;
import io.reactiveocpp.codec.type.ChargingRateUnitType;
import io.reactiveocpp.codec.type.ChargingSchedule;
import io.reactiveocpp.codec.type.ChargingSchedulePeriod;
import io.reactiveocpp.codec.type.RecurrencyKindType;
import io.reactiveocpp.engine.metering.Supply;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Random profiles against a naive reading of the rules (a linear scan per instant, written apart from the
 * calculator): the composite never exceeds a ChargePointMaxProfile nor the prevailing transaction-layer profile, it
 * always equals one of the applicable limits, it is absent exactly where nothing applies, and two windows joined
 * give the composite of the whole window.
 */
class CompositeSchedulesPropertyTest {

    private static final Instant FROM = Instant.parse("2026-12-07T00:00:00Z");
    private static final Instant TO = FROM.plus(Duration.ofHours(30));
    private static final int TRIES = 200;

    /** A generated case: the profiles, the transaction on connector 1 and a seed for the sampled instants. */
    record Case(List<InstalledProfile> installed, TransactionStart tx, long seed) {
    }

    @Property(tries = TRIES)
    void theCompositeNeverExceedsTheCapNorThePrevailingProfile(@ForAll("amperes") Case c) {
        List<LimitPeriod> composite = connector(c, ChargingRateUnitType.A, Supply.THREE_PHASE_230);
        for (Instant t : samples(composite, c.seed())) {
            Double limit = limitAt(composite, t);
            for (InstalledProfile p : considered(c)) {
                Double own = naiveLimit(p, c.tx(), t, Supply.THREE_PHASE_230);
                boolean binding = p == prevailing(c, t)
                        || p.profile().chargingProfilePurpose() == ChargingProfilePurposeType.CHARGE_POINT_MAX_PROFILE;
                if (own != null && binding) {
                    assertThat(limit).as("at %s under %s", t, p.ref()).isNotNull();
                    assertThat(limit).as("at %s under %s", t, p.ref()).isLessThanOrEqualTo(own / 690.0 + 1e-9);
                }
            }
        }
    }

    @Property(tries = TRIES)
    void theCompositeIsOneOfTheApplicableLimitsAndAbsentWhereNoneApplies(@ForAll("amperes") Case c) {
        List<LimitPeriod> composite = connector(c, ChargingRateUnitType.A, Supply.THREE_PHASE_230);
        for (Instant t : samples(composite, c.seed())) {
            List<Double> applicable = considered(c).stream()
                    .map(p -> naiveLimit(p, c.tx(), t, Supply.THREE_PHASE_230))
                    .filter(w -> w != null).map(w -> w / 690.0).toList();
            Double limit = limitAt(composite, t);
            if (applicable.isEmpty()) {
                assertThat(limit).as("at %s", t).isNull();
            } else {
                assertThat(limit).as("at %s", t).isNotNull();
                assertThat(applicable).as("at %s", t).anySatisfy(a -> assertThat(limit).isCloseTo(a, within(1e-9)));
            }
        }
    }

    /** With a transaction, since without one a Relative schedule starts where the window starts. */
    @Property(tries = TRIES)
    void twoWindowsJoinedGiveTheCompositeOfTheWhole(@ForAll("duringTransaction") Case c,
                                                    @ForAll @IntRange(min = 1, max = 30 * 3600 - 1) int split) {
        Instant middle = FROM.plusSeconds(split);
        List<LimitPeriod> whole = CompositeSchedules.connector(c.installed(), 1, c.tx(), FROM, TO,
                ChargingRateUnitType.A, Supply.THREE_PHASE_230);
        List<LimitPeriod> joined = new ArrayList<>(CompositeSchedules.connector(c.installed(), 1, c.tx(), FROM, middle,
                ChargingRateUnitType.A, Supply.THREE_PHASE_230));
        for (LimitPeriod next : CompositeSchedules.connector(c.installed(), 1, c.tx(), middle, TO,
                ChargingRateUnitType.A, Supply.THREE_PHASE_230)) {
            LimitPeriod last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.end().equals(next.start()) && last.limit() == next.limit()
                    && last.phases() == next.phases() && last.decidedBy().equals(next.decidedBy())) {
                joined.set(joined.size() - 1, new LimitPeriod(last.start(), next.end(), last.limit(), last.unit(),
                        last.phases(), last.decidedBy()));
            } else {
                joined.add(next);
            }
        }
        assertThat(joined).isEqualTo(whole);
    }

    @Property(tries = TRIES)
    void wattsAndAmperesOfAnyPhasesAreComparedAsPower(@ForAll("mixed") Case c,
                                                       @ForAll @IntRange(min = 1, max = 3) int wiredPhases) {
        Supply supply = new Supply(wiredPhases, 230);
        List<LimitPeriod> composite = connector(c, ChargingRateUnitType.W, supply);
        for (Instant t : samples(composite, c.seed())) {
            Double limit = limitAt(composite, t);
            List<Double> applicable = new ArrayList<>();
            for (InstalledProfile p : considered(c)) {
                Double own = naiveLimit(p, c.tx(), t, supply);
                if (own == null) {
                    continue;
                }
                applicable.add(own);
                if (p.profile().chargingProfilePurpose() == ChargingProfilePurposeType.CHARGE_POINT_MAX_PROFILE
                        || p == prevailing(c, t)) {
                    assertThat(limit).as("at %s under %s", t, p.ref()).isNotNull();
                    assertThat(limit).as("at %s under %s", t, p.ref()).isLessThanOrEqualTo(own + 1e-6);
                }
            }
            if (applicable.isEmpty()) {
                assertThat(limit).as("at %s", t).isNull();
            } else {
                assertThat(applicable).as("at %s", t).anySatisfy(a -> assertThat(limit).isCloseTo(a, within(1e-6)));
            }
        }
    }

    // ---- the naive reading of the rules -------------------------------------------------------------------------

    private static List<LimitPeriod> connector(Case c, ChargingRateUnitType unit, Supply supply) {
        return CompositeSchedules.connector(c.installed(), 1, c.tx(), FROM, TO, unit, supply);
    }

    private static List<InstalledProfile> considered(Case c) {
        return c.installed().stream().filter(p -> switch (p.profile().chargingProfilePurpose()) {
            case CHARGE_POINT_MAX_PROFILE -> p.connectorId() == 0;
            case TX_DEFAULT_PROFILE -> p.connectorId() <= 1;
            case TX_PROFILE -> p.connectorId() == 1 && c.tx() != null && (p.profile().transactionId() == null
                    || p.profile().transactionId().equals(c.tx().transactionId()));
        }).toList();
    }

    /** The transaction-layer profile that has a period at t and comes first by purpose, stack level, connector. */
    private static InstalledProfile prevailing(Case c, Instant t) {
        return considered(c).stream()
                .filter(p -> p.profile().chargingProfilePurpose()
                        != ChargingProfilePurposeType.CHARGE_POINT_MAX_PROFILE)
                .filter(p -> naiveLimit(p, c.tx(), t, Supply.THREE_PHASE_230) != null)
                .min(Comparator.comparing((InstalledProfile p) ->
                                p.profile().chargingProfilePurpose() != ChargingProfilePurposeType.TX_PROFILE)
                        .thenComparing(p -> -p.profile().stackLevel())
                        .thenComparing(p -> p.connectorId() == 0)
                        .thenComparing(p -> -p.profile().chargingProfileId()))
                .orElse(null);
    }

    /** The profile's own limit at t in watts, or null; a linear reading of the rules with Instants. */
    private static Double naiveLimit(InstalledProfile installed, TransactionStart tx, Instant t, Supply supply) {
        ChargingProfile p = installed.profile();
        ChargingSchedule s = p.chargingSchedule();
        if ((p.validFrom() != null && t.isBefore(p.validFrom()))
                || (p.validTo() != null && !t.isBefore(p.validTo()))) {
            return null;
        }
        Instant start = p.chargingProfileKind() == ChargingProfileKindType.RELATIVE || s.startSchedule() == null
                ? (tx != null ? tx.start() : FROM) : s.startSchedule();
        long durationSeconds = s.duration() == null ? Long.MAX_VALUE : s.duration();
        if (p.chargingProfileKind() == ChargingProfileKindType.RECURRING) {
            Duration cycle = Duration.ofDays(p.recurrencyKind() == RecurrencyKindType.WEEKLY ? 7 : 1);
            while (start.isAfter(t)) {
                start = start.minus(cycle);
            }
            while (!start.plus(cycle).isAfter(t)) {
                start = start.plus(cycle);
            }
            durationSeconds = Math.min(durationSeconds, cycle.getSeconds());
        }
        long offset = Duration.between(start, t).getSeconds();
        if (offset < 0 || offset >= durationSeconds) {
            return null;
        }
        ChargingSchedulePeriod current = null;
        for (ChargingSchedulePeriod period : s.chargingSchedulePeriod()) {
            if (period.startPeriod() <= offset) {
                current = period;
            }
        }
        if (current == null) {
            return null;
        }
        int phases = Math.min(current.numberPhases() == null ? 3 : current.numberPhases(), supply.phases());
        double limit = current.limit().doubleValue();
        return s.chargingRateUnit() == ChargingRateUnitType.W ? limit : limit * phases * supply.nominalVoltageV();
    }

    private static Double limitAt(List<LimitPeriod> periods, Instant t) {
        return periods.stream().filter(p -> p.covers(t)).findFirst().map(LimitPeriod::limit).orElse(null);
    }

    /** Every period's first and last second, and random seconds of the window. */
    private static List<Instant> samples(List<LimitPeriod> periods, long seed) {
        List<Instant> samples = new ArrayList<>();
        for (LimitPeriod p : periods) {
            samples.add(p.start());
            samples.add(p.end().minusSeconds(1));
            samples.add(p.end());
        }
        Random random = new Random(seed);
        for (int i = 0; i < 60; i++) {
            samples.add(FROM.plusSeconds(random.nextInt(30 * 3600)));
        }
        samples.removeIf(t -> !t.isBefore(TO));
        return samples;
    }

    // ---- generators -------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Case> amperes() {
        return cases(false);
    }

    @Provide
    Arbitrary<Case> mixed() {
        return cases(true);
    }

    @Provide
    Arbitrary<Case> duringTransaction() {
        return cases(false).filter(c -> c.tx() != null);
    }

    private static Arbitrary<Case> cases(boolean mixedUnits) {
        Arbitrary<List<InstalledProfile>> profiles = profile(mixedUnits).list().ofMinSize(1).ofMaxSize(6)
                .map(CompositeSchedulesPropertyTest::withUniqueIds);
        Arbitrary<TransactionStart> tx = Combinators.combine(
                Arbitraries.of(42, 99).injectNull(0.3),
                Arbitraries.integers().between(-600, 1800))
                .as((id, minute) -> new TransactionStart(id, FROM.plus(Duration.ofMinutes(minute)))).injectNull(0.3);
        return Combinators.combine(profiles, tx, Arbitraries.longs()).as(Case::new);
    }

    private static List<InstalledProfile> withUniqueIds(List<InstalledProfile> profiles) {
        List<InstalledProfile> unique = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            ChargingProfile p = profiles.get(i).profile();
            unique.add(new InstalledProfile(profiles.get(i).connectorId(), new ChargingProfile(i + 1,
                    p.transactionId(), p.stackLevel(), p.chargingProfilePurpose(), p.chargingProfileKind(),
                    p.recurrencyKind(), p.validFrom(), p.validTo(), p.chargingSchedule())));
        }
        return unique;
    }

    private static Arbitrary<InstalledProfile> profile(boolean mixedUnits) {
        Arbitrary<ChargingProfilePurposeType> purpose = Arbitraries.of(ChargingProfilePurposeType.class);
        Arbitrary<Integer> connector = Arbitraries.of(0, 1, 2);
        Arbitrary<Integer> stack = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 4);
        Arbitrary<Instant> someTime = Arbitraries.integers().between(-3 * 24 * 60, 40 * 60)
                .map(minute -> FROM.plus(Duration.ofMinutes(minute)));
        Arbitrary<Integer> duration = Arbitraries.integers().between(1, 48 * 60).map(m -> m * 60).injectNull(0.4);
        Arbitrary<Instant> validFrom = someTime.injectNull(0.6);
        Arbitrary<Integer> validLength = Arbitraries.integers().between(1, 30 * 60).injectNull(0.5);
        Arbitrary<ChargingRateUnitType> unit = mixedUnits ? Arbitraries.of(ChargingRateUnitType.class)
                : Arbitraries.just(ChargingRateUnitType.A);
        Arbitrary<Integer> phases = mixedUnits ? Arbitraries.integers().between(1, 3).injectNull(0.3)
                : Arbitraries.just(null);
        Arbitrary<List<ChargingSchedulePeriod>> periods = Combinators.combine(
                        Arbitraries.integers().between(0, 12 * 60).map(m -> m * 60).list().ofMinSize(1).ofMaxSize(5)
                                .uniqueElements(),
                        Arbitraries.integers().between(0, 630).list().ofSize(5),
                        phases.list().ofSize(5), unit)
                .as((starts, tenths, numberPhases, u) -> {
                    List<Integer> sorted = starts.stream().sorted().toList();
                    List<ChargingSchedulePeriod> list = new ArrayList<>();
                    for (int i = 0; i < sorted.size(); i++) {
                        BigDecimal limit = BigDecimal.valueOf(tenths.get(i), 1);
                        list.add(new ChargingSchedulePeriod(sorted.get(i),
                                u == ChargingRateUnitType.W ? limit.multiply(BigDecimal.valueOf(690)) : limit,
                                numberPhases.get(i)));
                    }
                    return list;
                });
        return Combinators.combine(purpose, connector, stack, kind, someTime, duration,
                        Combinators.combine(validFrom, validLength, unit, Arbitraries.of(42, 99).injectNull(0.5))
                                .as((a, b, u, id) -> Arrays.<Object>asList(a, b, u, id)),
                        periods)
                .as((pu, on, level, k, time, dur, extra, list) -> {
                    Instant from = (Instant) extra.get(0);
                    Integer length = (Integer) extra.get(1);
                    Instant to = length == null ? null : (from != null ? from : FROM).plus(Duration.ofMinutes(length));
                    ChargingProfileKindType profileKind = k <= 1 ? ChargingProfileKindType.ABSOLUTE
                            : k == 2 ? ChargingProfileKindType.RELATIVE : ChargingProfileKindType.RECURRING;
                    RecurrencyKindType recurrency = k == 3 ? RecurrencyKindType.DAILY
                            : k == 4 ? RecurrencyKindType.WEEKLY : null;
                    // k == 1: Absolute without startSchedule
                    Instant startSchedule = k == 0 || k >= 3 ? time : null;
                    ChargingSchedule schedule = new ChargingSchedule(dur, startSchedule,
                            (ChargingRateUnitType) extra.get(2), list, null);
                    return new InstalledProfile(on, new ChargingProfile(1,
                            pu == ChargingProfilePurposeType.TX_PROFILE ? (Integer) extra.get(3) : null, level, pu,
                            profileKind, recurrency, from, to, schedule));
                });
    }
}
