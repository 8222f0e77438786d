package io.reactiveocpp.engine.smartcharging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.reactiveocpp.codec.type.ChargingProfile;
import io.reactiveocpp.codec.type.ChargingProfileKindType;
import io.reactiveocpp.codec.type.ChargingProfilePurposeType;
import io.reactiveocpp.codec.type.ChargingProfileStatus;
import io.reactiveocpp.codec.type.ChargingRateUnitType;
import io.reactiveocpp.codec.type.ChargingSchedule;
import io.reactiveocpp.codec.type.ChargingSchedulePeriod;
import io.reactiveocpp.codec.type.RecurrencyKindType;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.config.KeyCatalogue;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.engine.store.MemoryEngineStore;
import io.reactiveocpp.engine.store.SqliteEngineStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.reactiveocpp.codec.type.ChargingProfilePurposeType.CHARGE_POINT_MAX_PROFILE;
import static io.reactiveocpp.codec.type.ChargingProfilePurposeType.TX_DEFAULT_PROFILE;
import static io.reactiveocpp.codec.type.ChargingProfilePurposeType.TX_PROFILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The installed charging profiles (OCPP 1.6 edition 2 §3.13, §5.5, §5.16, §6.43) on a station of two connectors. */
class ChargingProfilesTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final TransactionStart TX_7 = new TransactionStart(7, T0);

    private final EngineStore store = new MemoryEngineStore();
    private final Configuration config = new Configuration(new KeyCatalogue(2), store);
    private ChargingProfiles profiles = new ChargingProfiles(config, store, 2);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ChargingProfiles.class);
    private Level level;

    @BeforeEach
    void captureLog() {
        level = logger.getLevel();
        logger.setLevel(Level.INFO);
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
        logger.setLevel(level);
    }

    static ChargingProfile profile(int id, int stackLevel, ChargingProfilePurposeType purpose) {
        return profile(id, stackLevel, purpose, null, ChargingProfileKindType.ABSOLUTE, null,
                schedule(ChargingRateUnitType.A, period(0, "16", null)));
    }

    static ChargingProfile profile(int id, int stackLevel, ChargingProfilePurposeType purpose, Integer transactionId,
                                   ChargingProfileKindType kind, RecurrencyKindType recurrency,
                                   ChargingSchedule schedule) {
        return new ChargingProfile(id, transactionId, stackLevel, purpose, kind, recurrency, null, null, schedule);
    }

    static ChargingSchedule schedule(ChargingRateUnitType unit, ChargingSchedulePeriod... periods) {
        return new ChargingSchedule(null, null, unit, List.of(periods), null);
    }

    static ChargingSchedulePeriod period(int start, String limit, Integer phases) {
        return new ChargingSchedulePeriod(start, new BigDecimal(limit), phases);
    }

    private static ChargingProfile withSchedule(ChargingSchedule schedule) {
        return profile(1, 0, TX_DEFAULT_PROFILE, null, ChargingProfileKindType.ABSOLUTE, null, schedule);
    }

    static Stream<Arguments> rejected() {
        ChargingProfile txDefault = profile(1, 0, TX_DEFAULT_PROFILE);
        ChargingSchedulePeriod p0 = period(0, "16", null);
        return Stream.of(
                arguments("connector 3 of 2", 3, txDefault, null, "connectorId"),
                arguments("negative connector", -1, txDefault, null, "connectorId"),
                arguments("ChargePointMaxProfile on connector 1", 1, profile(1, 0, CHARGE_POINT_MAX_PROFILE), null,
                        "chargingProfilePurpose"),
                arguments("TxProfile on connector 0", 0, profile(1, 0, TX_PROFILE), TX_7, "connectorId"),
                arguments("TxProfile without transaction", 1, profile(1, 0, TX_PROFILE), null,
                        "chargingProfilePurpose"),
                arguments("TxProfile for another transaction", 1, profile(1, 0, TX_PROFILE, 8,
                        ChargingProfileKindType.ABSOLUTE, null, schedule(ChargingRateUnitType.A, p0)), TX_7,
                        "transactionId"),
                arguments("TxProfile with transactionId before the backend answered", 1, profile(1, 0, TX_PROFILE, 7,
                        ChargingProfileKindType.ABSOLUTE, null, schedule(ChargingRateUnitType.A, p0)),
                        new TransactionStart(null, T0), "transactionId"),
                arguments("transactionId on a TxDefaultProfile", 1, profile(1, 0, TX_DEFAULT_PROFILE, 7,
                        ChargingProfileKindType.ABSOLUTE, null, schedule(ChargingRateUnitType.A, p0)), TX_7,
                        "transactionId"),
                arguments("stackLevel above ChargeProfileMaxStackLevel", 1, profile(1, 11, TX_DEFAULT_PROFILE), null,
                        "stackLevel"),
                arguments("negative stackLevel", 1, profile(1, -1, TX_DEFAULT_PROFILE), null, "stackLevel"),
                arguments("no period", 1, withSchedule(schedule(ChargingRateUnitType.A)), null,
                        "chargingSchedulePeriod"),
                arguments("97 periods", 1, withSchedule(schedule(ChargingRateUnitType.A, IntStream.range(0, 97)
                        .mapToObj(i -> period(i * 900, "16", null)).toArray(ChargingSchedulePeriod[]::new))), null,
                        "chargingSchedulePeriod"),
                arguments("first startPeriod not 0", 1, withSchedule(schedule(ChargingRateUnitType.A,
                        period(60, "16", null))), null, "chargingSchedulePeriod[0].startPeriod"),
                arguments("startPeriods not increasing", 1, withSchedule(schedule(ChargingRateUnitType.A, p0,
                        period(600, "10", null), period(600, "8", null))), null,
                        "chargingSchedulePeriod[2].startPeriod"),
                arguments("negative limit", 1, withSchedule(schedule(ChargingRateUnitType.A, p0,
                        period(60, "-0.1", null))), null, "chargingSchedulePeriod[1].limit"),
                arguments("numberPhases 4", 1, withSchedule(schedule(ChargingRateUnitType.A, period(0, "16", 4))),
                        null, "numberPhases"),
                arguments("numberPhases 0", 1, withSchedule(schedule(ChargingRateUnitType.A, period(0, "16", 0))),
                        null, "numberPhases"),
                arguments("Recurring without recurrencyKind", 1, profile(1, 0, TX_DEFAULT_PROFILE, null,
                        ChargingProfileKindType.RECURRING, null, new ChargingSchedule(null, T0,
                                ChargingRateUnitType.A, List.of(p0), null)), null, "recurrencyKind"),
                arguments("Recurring without startSchedule", 1, profile(1, 0, TX_DEFAULT_PROFILE, null,
                        ChargingProfileKindType.RECURRING, RecurrencyKindType.DAILY,
                        schedule(ChargingRateUnitType.A, p0)), null, "startSchedule"),
                arguments("recurrencyKind on an Absolute profile", 1, profile(1, 0, TX_DEFAULT_PROFILE, null,
                        ChargingProfileKindType.ABSOLUTE, RecurrencyKindType.DAILY,
                        schedule(ChargingRateUnitType.A, p0)), null, "recurrencyKind"),
                arguments("validTo before validFrom", 1, new ChargingProfile(1, null, 0, TX_DEFAULT_PROFILE,
                        ChargingProfileKindType.ABSOLUTE, null, T0, T0.minusSeconds(1),
                        schedule(ChargingRateUnitType.A, p0)), null, "validTo"),
                arguments("validTo equal to validFrom", 1, new ChargingProfile(1, null, 0, TX_DEFAULT_PROFILE,
                        ChargingProfileKindType.ABSOLUTE, null, T0, T0, schedule(ChargingRateUnitType.A, p0)), null,
                        "validTo"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void aProfileBreakingARuleIsRejectedAndTheLogNamesTheField(String what, int connectorId, ChargingProfile profile,
                                                              TransactionStart tx, String field) {
        assertThat(profiles.set(connectorId, profile, tx)).isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(profiles.installed()).isEmpty();
        assertThat(store.load("chargingProfiles")).isEmpty();
        assertThat(log.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.INFO);
            assertThat(e.getFormattedMessage()).contains(field);
        });
    }

    @Test
    void profilesWithinTheRulesAreAccepted() {
        assertThat(profiles.set(0, profile(1, 0, CHARGE_POINT_MAX_PROFILE), null)).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(profiles.set(0, profile(2, 10, TX_DEFAULT_PROFILE), null)).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(profiles.set(2, profile(3, 0, TX_DEFAULT_PROFILE), null)).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(profiles.set(1, profile(4, 0, TX_PROFILE, 7, ChargingProfileKindType.RELATIVE, null,
                schedule(ChargingRateUnitType.W, period(0, "11000", 3), period(900, "0", 1))), TX_7))
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(profiles.set(1, profile(5, 1, TX_DEFAULT_PROFILE, null, ChargingProfileKindType.RECURRING,
                RecurrencyKindType.WEEKLY, new ChargingSchedule(3600, T0, ChargingRateUnitType.A, IntStream.range(0, 96)
                        .mapToObj(i -> period(i * 900, "6", null)).toList(), null)), null))
                .as("96 periods: a day in quarter hours").isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(profiles.installed()).extracting(p -> p.profile().chargingProfileId()).containsExactly(1, 2, 3, 4, 5);
        assertThat(log.list).isEmpty();
    }

    @Test
    void aUnitNotInChargingScheduleAllowedChargingRateUnitIsRejected() {
        config.set("ChargingScheduleAllowedChargingRateUnit", "Current");
        assertThat(profiles.set(1, withSchedule(schedule(ChargingRateUnitType.W, period(0, "11000", null))), null))
                .isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(log.list).singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                .contains("chargingRateUnit"));
        assertThat(profiles.set(1, withSchedule(schedule(ChargingRateUnitType.A, period(0, "16", null))), null))
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
    }

    @Test
    void theSameIdReplacesTheProfileWhereverItWas() {
        profiles.set(1, profile(5, 0, TX_DEFAULT_PROFILE), null);
        assertThat(profiles.set(2, profile(5, 3, TX_DEFAULT_PROFILE), null)).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(profiles.installed()).containsExactly(new InstalledProfile(2, profile(5, 3, TX_DEFAULT_PROFILE)));
        assertThat(store.load("chargingProfiles")).containsOnlyKeys("5");
    }

    @Test
    void theSameStackLevelAndPurposeOnTheSameConnectorReplacesTheProfile() {
        profiles.set(1, profile(5, 2, TX_DEFAULT_PROFILE), null);
        profiles.set(2, profile(6, 2, TX_DEFAULT_PROFILE), null);
        profiles.set(1, profile(7, 3, TX_DEFAULT_PROFILE), null);
        profiles.set(1, profile(8, 2, TX_PROFILE), TX_7);
        assertThat(profiles.set(1, profile(9, 2, TX_DEFAULT_PROFILE), null)).isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(profiles.installed()).extracting(p -> p.profile().chargingProfileId())
                .as("5 replaced; 6 (other connector), 7 (other level) and 8 (other purpose) stay")
                .containsExactly(6, 7, 8, 9);
        assertThat(store.load("chargingProfiles")).containsOnlyKeys("6", "7", "8", "9");
    }

    @Test
    void maxChargingProfilesInstalledBoundsTheCountButAReplacementStillFits() {
        for (int id = 1; id <= 20; id++) {
            assertThat(profiles.set(id % 2 + 1, profile(id, id / 2, TX_DEFAULT_PROFILE), null))
                    .isEqualTo(ChargingProfileStatus.ACCEPTED);
        }
        assertThat(profiles.set(0, profile(21, 0, CHARGE_POINT_MAX_PROFILE), null))
                .isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(log.list).singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                .contains("MaxChargingProfilesInstalled"));
        assertThat(profiles.set(0, profile(20, 0, CHARGE_POINT_MAX_PROFILE), null)).as("replaces 20 by id")
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(profiles.set(2, profile(30, 0, TX_DEFAULT_PROFILE), null)).as("replaces 1 by stack level")
                .isEqualTo(ChargingProfileStatus.ACCEPTED);
        assertThat(profiles.installed()).hasSize(20);
    }

    @Test
    void clearByIdIgnoresTheOtherCriteria() {
        profiles.set(1, profile(5, 2, TX_DEFAULT_PROFILE), null);
        assertThat(profiles.clear(5, 2, CHARGE_POINT_MAX_PROFILE, 9)).isTrue();
        assertThat(profiles.installed()).isEmpty();
        assertThat(store.load("chargingProfiles")).isEmpty();
        assertThat(profiles.clear(5, null, null, null)).as("gone already").isFalse();
    }

    @Test
    void clearByCriteriaRemovesWhatMatchesThemAll() {
        profiles.set(0, profile(1, 0, CHARGE_POINT_MAX_PROFILE), null);
        profiles.set(0, profile(2, 1, TX_DEFAULT_PROFILE), null);
        profiles.set(1, profile(3, 1, TX_DEFAULT_PROFILE), null);
        profiles.set(1, profile(4, 2, TX_DEFAULT_PROFILE), null);
        profiles.set(2, profile(5, 1, TX_DEFAULT_PROFILE), null);
        profiles.set(1, profile(6, 1, TX_PROFILE), TX_7);

        assertThat(profiles.clear(null, 2, CHARGE_POINT_MAX_PROFILE, null)).as("nothing matches").isFalse();
        assertThat(profiles.clear(null, 1, TX_DEFAULT_PROFILE, 1)).isTrue();
        assertThat(ids()).containsExactly(1, 2, 4, 5, 6);
        assertThat(profiles.clear(null, null, null, 1)).isTrue();
        assertThat(ids()).containsExactly(1, 4);
        assertThat(profiles.clear(null, 0, null, null)).isTrue();
        assertThat(ids()).containsExactly(4);
        assertThat(profiles.clear(null, null, TX_DEFAULT_PROFILE, null)).isTrue();
        assertThat(ids()).isEmpty();
    }

    @Test
    void clearWithoutCriteriaRemovesEveryProfile() {
        assertThat(profiles.clear(null, null, null, null)).as("none installed").isFalse();
        profiles.set(0, profile(1, 0, CHARGE_POINT_MAX_PROFILE), null);
        profiles.set(1, profile(2, 0, TX_DEFAULT_PROFILE), null);
        assertThat(profiles.clear(null, null, null, null)).isTrue();
        assertThat(ids()).isEmpty();
        assertThat(store.load("chargingProfiles")).isEmpty();
    }

    @Test
    void aTxProfileEndsWithItsTransaction() {
        profiles.set(1, profile(1, 0, TX_PROFILE), TX_7);
        profiles.set(2, profile(2, 0, TX_PROFILE), TX_7);
        profiles.set(1, profile(3, 0, TX_DEFAULT_PROFILE), null);
        profiles.transactionEnded(1);
        assertThat(ids()).containsExactly(2, 3);
        assertThat(store.load("chargingProfiles")).containsOnlyKeys("2", "3");
    }

    @Test
    void aPendingTxProfileIsInstalledWhenTheTransactionBeginsAndOnlyThen() {
        ChargingProfile tx = profile(4, 0, TX_PROFILE);
        assertThat(profiles.checkRemoteStart(tx)).isEqualTo(ChargingProfileStatus.ACCEPTED);
        profiles.pendingTxProfile(1, tx);
        profiles.transactionStarted(2, new TransactionStart(null, T0));
        assertThat(ids()).as("another connector's start").isEmpty();
        profiles.transactionStarted(1, new TransactionStart(null, T0));
        assertThat(profiles.installed()).containsExactly(new InstalledProfile(1, tx));
        profiles.transactionEnded(1);
        profiles.transactionStarted(1, new TransactionStart(null, T0));
        assertThat(ids()).as("installed once, by the start it came with").isEmpty();
    }

    @Test
    void aRemoteStartCarriesATxProfileWithoutTransactionIdOnly() {
        assertThat(profiles.checkRemoteStart(profile(1, 0, TX_DEFAULT_PROFILE))).isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(profiles.checkRemoteStart(profile(1, 0, TX_PROFILE, 7, ChargingProfileKindType.ABSOLUTE, null,
                schedule(ChargingRateUnitType.A, period(0, "16", null))))).isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(profiles.checkRemoteStart(profile(1, 99, TX_PROFILE))).isEqualTo(ChargingProfileStatus.REJECTED);
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).satisfiesExactly(
                m -> assertThat(m).contains("chargingProfilePurpose"), m -> assertThat(m).contains("transactionId"),
                m -> assertThat(m).contains("stackLevel"));
    }

    @Test
    void listenersHearOfEveryChange() {
        AtomicInteger changes = new AtomicInteger();
        profiles.onChange(changes::incrementAndGet);
        profiles.set(1, profile(1, 0, TX_PROFILE), TX_7);
        profiles.set(1, profile(1, 0, CHARGE_POINT_MAX_PROFILE), null); // rejected: no change
        profiles.clear(null, 2, null, null); // nothing removed: no change
        profiles.clear(null, 1, null, null);
        profiles.transactionStarted(1, TX_7);
        profiles.transactionEnded(1);
        assertThat(changes).hasValue(4);
    }

    @Test
    void profilesSurviveARestartButTxProfilesDoNot(@TempDir Path dir) {
        ChargingProfile max = new ChargingProfile(1, null, 0, CHARGE_POINT_MAX_PROFILE,
                ChargingProfileKindType.RECURRING, RecurrencyKindType.DAILY, T0, T0.plusSeconds(86_400 * 7),
                new ChargingSchedule(86_400, T0, ChargingRateUnitType.W, List.of(period(0, "11000.5", 3),
                        period(3600, "7400", 1)), new BigDecimal("1.2")));
        try (SqliteEngineStore sqlite = SqliteEngineStore.open(dir.resolve("engine.db"))) {
            ChargingProfiles before = new ChargingProfiles(new Configuration(new KeyCatalogue(2), sqlite), sqlite, 2);
            before.restore();
            before.set(0, max, null);
            before.set(2, profile(2, 1, TX_DEFAULT_PROFILE), null);
            before.set(1, profile(3, 1, TX_PROFILE), TX_7);
            before.set(1, profile(4, 2, TX_DEFAULT_PROFILE), null);
            before.clear(4, null, null, null);
        }
        try (SqliteEngineStore sqlite = SqliteEngineStore.open(dir.resolve("engine.db"))) {
            ChargingProfiles after = new ChargingProfiles(new Configuration(new KeyCatalogue(2), sqlite), sqlite, 2);
            after.restore();
            assertThat(after.installed()).containsExactlyInAnyOrder(new InstalledProfile(0, max),
                    new InstalledProfile(2, profile(2, 1, TX_DEFAULT_PROFILE)));
            assertThat(sqlite.load("chargingProfiles")).as("the TxProfile is gone from the store too")
                    .containsOnlyKeys("1", "2");
        }
    }

    @Test
    void anUnreadableStoredProfileIsSkippedWithAWarning() {
        profiles.set(1, profile(1, 0, TX_DEFAULT_PROFILE), null);
        store.put("chargingProfiles", "2", "{\"connectorId\":1,\"profile\":{\"chargingProfileId\":2}}");
        store.put("chargingProfiles", "3", "not json");
        store.put("chargingProfiles", "4", "{\"connectorId\":9,\"profile\":" + "{\"chargingProfileId\":4,"
                + "\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":"
                + "\"Absolute\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":"
                + "[{\"startPeriod\":0,\"limit\":6}]}}}");
        log.list.clear();
        profiles = new ChargingProfiles(config, store, 2);
        profiles.restore();
        assertThat(profiles.installed()).containsExactly(new InstalledProfile(1, profile(1, 0, TX_DEFAULT_PROFILE)));
        assertThat(log.list).hasSize(3).allSatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.WARN));
        assertThat(store.load("chargingProfiles")).containsOnlyKeys("1");
    }

    private List<Integer> ids() {
        return profiles.installed().stream().map(p -> p.profile().chargingProfileId()).toList();
    }
}
