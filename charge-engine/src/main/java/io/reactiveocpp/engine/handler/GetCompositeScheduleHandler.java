package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.smartcharging.GetCompositeScheduleConfirmation;
import io.reactiveocpp.codec.message.smartcharging.GetCompositeScheduleRequest;
import io.reactiveocpp.codec.type.ChargingRateUnitType;
import io.reactiveocpp.codec.type.ChargingSchedule;
import io.reactiveocpp.codec.type.GetCompositeScheduleStatus;
import io.reactiveocpp.engine.ChargePoint;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.metering.Supply;
import io.reactiveocpp.engine.smartcharging.ChargingProfiles;
import io.reactiveocpp.engine.smartcharging.CompositeSchedules;
import io.reactiveocpp.engine.smartcharging.LimitPeriod;
import io.reactiveocpp.engine.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * GetCompositeSchedule (OCPP 1.6 section 5.7): the composite of connector {@code connectorId} (0: the station total)
 * from now for {@code duration} seconds (at most a week), in the requested unit or A; Rejected for a connector the
 * station lacks or a longer duration. The
 * answer carries no chargingSchedule when no profile sets a limit in that time.
 */
public final class GetCompositeScheduleHandler
        implements Function<GetCompositeScheduleRequest, Mono<GetCompositeScheduleConfirmation>> {

    private static final Logger LOG = LoggerFactory.getLogger(GetCompositeScheduleHandler.class);
    /**
     * The longest composite reported: a week. Longer is Rejected ("not able to report the requested schedule"), so that
     * a backend cannot make the station compute and send millions of periods (ten years of a daily profile in quarter
     * hours are 350,000 periods and megabytes of JSON).
     */
    static final int MAX_DURATION_S = 7 * 86_400;

    private final ChargingProfiles profiles;
    private final Transactions transactions;
    private final Supplier<Supply> supply;
    private final EngineClock clock;
    private final int connectorCount;

    /** {@code supply}: how the connectors are supplied now (the metering's, {@code MeterReadings::supply}). */
    public GetCompositeScheduleHandler(ChargingProfiles profiles, Transactions transactions, Supplier<Supply> supply,
                                       EngineClock clock, int connectorCount) {
        this.profiles = profiles;
        this.transactions = transactions;
        this.supply = supply;
        this.clock = clock;
        this.connectorCount = connectorCount;
    }

    @Override
    public Mono<GetCompositeScheduleConfirmation> apply(GetCompositeScheduleRequest request) {
        int connectorId = request.connectorId();
        String refusal = connectorId < 0 || connectorId > connectorCount
                ? "connectorId: no connector " + connectorId + " (0 to " + connectorCount + ")"
                : request.duration() < 0 ? "duration: must be 0 s or more, not " + request.duration()
                : request.duration() > MAX_DURATION_S ? "duration: at most " + MAX_DURATION_S + " s (7 days), not "
                + request.duration()
                : null;
        if (refusal != null) {
            LOG.info("GetCompositeSchedule rejected: {}", refusal);
            return Mono.just(new GetCompositeScheduleConfirmation(GetCompositeScheduleStatus.REJECTED, null, null,
                    null));
        }
        Instant now = clock.now();
        Instant to = now.plusSeconds(request.duration());
        ChargingRateUnitType unit = request.chargingRateUnit() == null ? ChargingRateUnitType.A
                : request.chargingRateUnit();
        Supply supply = this.supply.get();
        List<LimitPeriod> periods = connectorId == 0
                ? CompositeSchedules.station(profiles.installed(), connectorCount, transactions::started, now, to,
                unit, supply)
                : CompositeSchedules.connector(profiles.installed(), connectorId, transactions.started(connectorId),
                now, to, unit, supply);
        // between two limits the station offers what it offers without a profile
        double gapLimit = unit == ChargingRateUnitType.A ? ChargePoint.DEFAULT_MAX_CURRENT
                : supply.watts(ChargePoint.DEFAULT_MAX_CURRENT);
        ChargingSchedule schedule = CompositeSchedules.toSchedule(periods, now, unit, gapLimit);
        return Mono.just(new GetCompositeScheduleConfirmation(GetCompositeScheduleStatus.ACCEPTED, connectorId, now,
                schedule));
    }
}
