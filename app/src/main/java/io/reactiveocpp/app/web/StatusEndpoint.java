package io.reactiveocpp.app.web;

import io.reactiveocpp.app.ChargePointRuntime;
import io.reactiveocpp.engine.ChargePoint;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.diagnostics.UploadState;
import io.reactiveocpp.engine.firmware.FirmwareState;
import io.reactiveocpp.engine.metering.MeterReadings;
import io.reactiveocpp.hal.MeterReading;
import io.reactiveocpp.engine.smartcharging.ConnectorLimit;
import io.reactiveocpp.engine.smartcharging.ProfileRef;
import io.reactiveocpp.engine.transaction.ActiveTransaction;
import io.reactiveocpp.session.ConnectionState;
import io.reactiveocpp.session.DeadLetter;
import io.reactiveocpp.session.OcppSession;
import io.reactiveocpp.session.QueueState;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/status}: the link to the backend, the registration, why charging is refused (if it is),
 * the queue with its latest dead letters, each connector's OCPP status with its transaction, meter and currents,
 * the firmware update (phase, location without credentials, bytes received, attempt) and the last diagnostics
 * upload. The engine's part is read in one task
 * on the engine's scheduler, so it is one consistent picture; the session's part is its latest published
 * state.
 */
final class StatusEndpoint {

    /** How long to wait for a state the session has not published yet (right after a restart). */
    private static final Duration FIRST_STATE = Duration.ofMillis(200);
    /** Dead letters listed at most, the latest. */
    static final int DEAD_LETTER_LIST = 20;

    /** The backend link. */
    record Backend(String phase, int attempt, String cause, String since) {
    }

    /** The durable transaction-message queue: {@code deadLetters} counts them, the list has the latest. */
    record Queue(int depth, int capacity, boolean full, boolean diskFull, long deadLetters, long oldestAgeSeconds,
                 List<DeadLetterEntry> deadLetterList) {
        static Queue of(QueueState q, List<DeadLetter> letters) {
            return new Queue(q.depth(), q.capacity(), q.full(), q.diskFull(), q.deadLetters(), q.oldestAge().toSeconds(),
                    letters.stream().map(DeadLetterEntry::of).toList());
        }
    }

    /** A transaction message given up on: {@code reason} is its last error, {@code failedAt} an ISO instant. */
    record DeadLetterEntry(long seq, String action, long txRef, int attempts, String failedAt, String reason) {
        static DeadLetterEntry of(DeadLetter d) {
            return new DeadLetterEntry(d.seq(), d.action().wireName(), d.txRef(), d.attempts(),
                    Instant.ofEpochMilli(d.failedAt()).toString(), d.reason());
        }
    }

    /**
     * One connector: its status, active faults, the running transaction's ids, idTag and start (ISO instant), if
     * any, what Smart Charging allows it now and why, the latest meter reading's import register ({@code energyWh})
     * and power, the current offered to the EV now and the highest phase current drawn ({@code null}: no reading
     * yet, or not measured).
     */
    record Connector(int connectorId, String status, List<String> errorCodes, Integer transactionId, Long txRef,
                     SmartCharging smartCharging, Long energyWh, Double powerW, double offeredA, Double drawnA,
                     String idTag, String transactionStartedAt) {
    }

    /** A charging profile that decides a limit. */
    record Profile(int chargingProfileId, int stackLevel, String purpose) {
        static Profile of(ProfileRef ref) {
            return ref == null ? null : new Profile(ref.chargingProfileId(), ref.stackLevel(), ref.purpose().literal());
        }
    }

    /** The limit of a connector now (A per phase, {@code null}: none), the profiles that decide it and the rule. */
    record SmartCharging(Double limitA, Profile transactionProfile, Profile stationProfile, String rule) {
    }

    /** A database that could not be used at start and was kept aside for a new one. */
    record SetAside(String database, String keptAs, String reason, String at) {
    }

    /** The whole answer. */
    record Status(String chargePointId, Backend backend, String registration, String chargingRefused, Queue queue,
                  List<Connector> connectors, List<Configuration.Ignored> ignoredConfiguration, List<SetAside> databasesSetAside,
                  FirmwareState firmware, UploadState diagnostics) {
    }

    private record Engine(String registration, String refusal, List<Connector> connectors, FirmwareState firmware,
                          UploadState diagnostics) {
    }

    Mono<Reply> status(Call call) {
        return document(call.runtime()).map(status -> Reply.json(200, status));
    }

    /** The document of {@code GET /api/status}, which the Config UI's status page renders too. */
    Mono<Status> document(ChargePointRuntime runtime) {
        return document(runtime.chargePoint(), runtime.session(), runtime.configuration().ignored(),
                runtime.dataDirectory().setAside().stream().map(d -> new SetAside(d.database(),
                        d.keptAs().toString(), d.reason(), d.at().toString())).toList());
    }

    /** The same document for a charge point and its session (a fleet member has no data directory). */
    Mono<Status> document(ChargePoint chargePoint, OcppSession session, List<Configuration.Ignored> ignored,
                          List<SetAside> setAside) {
        Mono<Engine> engine = chargePoint.onScheduler(() -> read(chargePoint));
        Mono<Backend> backend = latest(session.connectionStates()).map(StatusEndpoint::backend)
                .defaultIfEmpty(new Backend("STOPPED", 0, null, null));
        Mono<Queue> queue = latest(session.queueStates())
                .flatMap(q -> (q.deadLetters() == 0 ? Mono.just(List.<DeadLetter>of())
                        : session.deadLetters(DEAD_LETTER_LIST).onErrorReturn(List.of())).map(letters -> Queue.of(q, letters)))
                .defaultIfEmpty(new Queue(0, 0, false, false, 0, 0, List.of()));
        return Mono.zip(engine, backend, queue).map(t -> new Status(
                session.config().chargePointId(), t.getT2(), t.getT1().registration(),
                t.getT1().refusal(), t.getT3(), t.getT1().connectors(), ignored, setAside, t.getT1().firmware(),
                t.getT1().diagnostics()));
    }

    /**
     * {@code POST /api/restart}: every running transaction stopped with reason Reboot, the security event
     * ResetOrReboot, and the restart through the HAL's reboot hook a second later, as a soft Reset does.
     */
    Mono<Reply> restart(Call call) {
        call.runtime().chargePoint().restart();
        return Mono.just(Reply.json(202, Map.of("status", "restarting")));
    }

    /** Runs on the engine's scheduler. */
    private static Engine read(ChargePoint chargePoint) {
        List<Connector> connectors = new ArrayList<>();
        List<ConnectorLimit> limits = chargePoint.chargingLimits();
        MeterReadings readings = chargePoint.meterReadings();
        for (int id = 1; id <= chargePoint.connectors().count(); id++) {
            ConnectorLimit limit = limits.get(id - 1);
            var status = chargePoint.connectors().status(id);
            ActiveTransaction tx = chargePoint.transactions().active(id);
            var facts = chargePoint.connectors().facts(id);
            MeterReading reading = readings.latest(id);
            connectors.add(new Connector(id, status == null ? null : status.literal(),
                    facts.faults().stream().map(f -> f.code().literal()).toList(),
                    tx == null ? null : tx.transactionId(), tx == null ? null : tx.txRef(),
                    new SmartCharging(limit.limitA(), Profile.of(limit.transactionProfile()),
                            Profile.of(limit.stationProfile()), limit.rule()),
                    reading == null ? null : readings.energyWh(id),
                    reading == null || Double.isNaN(reading.powerW()) ? null : reading.powerW(),
                    facts.offered(), readings.highestCurrentA(id), tx == null ? null : tx.idTag(),
                    tx == null ? null : tx.startedAt().toString()));
        }
        return new Engine(chargePoint.registration().state().name(), chargePoint.chargingRefusal(), connectors,
                chargePoint.firmwareState(), chargePoint.diagnosticsState());
    }

    private static Backend backend(ConnectionState state) {
        return new Backend(state.phase().name(), state.attempt(), state.cause(),
                state.since() == null ? null : state.since().toString());
    }

    private static <T> Mono<T> latest(Flux<T> states) {
        return states.next().take(FIRST_STATE);
    }
}
