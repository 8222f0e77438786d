package io.reactiveocpp.app.web;

import io.reactiveocpp.app.ChargePointRuntime;
import io.reactiveocpp.engine.ChargePoint;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.firmware.FirmwareState;
import io.reactiveocpp.engine.smartcharging.ConnectorLimit;
import io.reactiveocpp.engine.smartcharging.ProfileRef;
import io.reactiveocpp.engine.transaction.ActiveTransaction;
import io.reactiveocpp.session.ConnectionState;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/status}: the link to the backend, the registration, why charging is refused (if it is),
 * the queue, each connector's OCPP status with its transaction, and the firmware update (phase, location without
 * credentials, bytes received, attempt). The engine's part is read in one task
 * on the engine's scheduler, so it is one consistent picture; the session's part is its latest published
 * state.
 */
final class StatusEndpoint {

    /** How long to wait for a state the session has not published yet (right after a restart). */
    private static final Duration FIRST_STATE = Duration.ofMillis(200);

    /** The backend link. */
    record Backend(String phase, int attempt, String cause, String since) {
    }

    /** The durable transaction-message queue. */
    record Queue(int depth, int capacity, boolean full, boolean diskFull, long deadLetters) {
    }

    /**
     * One connector: its status, active faults, the running transaction's ids, if any, and what Smart Charging
     * allows it now and why.
     */
    record Connector(int connectorId, String status, List<String> errorCodes, Integer transactionId, Long txRef,
                     SmartCharging smartCharging) {
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
                  FirmwareState firmware) {
    }

    private record Engine(String registration, String refusal, List<Connector> connectors, FirmwareState firmware) {
    }

    Mono<Reply> status(Call call) {
        return document(call.runtime()).map(status -> Reply.json(200, status));
    }

    /** The document of {@code GET /api/status}, which the Config UI's status page renders too. */
    Mono<Status> document(ChargePointRuntime runtime) {
        ChargePoint chargePoint = runtime.chargePoint();
        Mono<Engine> engine = chargePoint.onScheduler(() -> read(chargePoint));
        Mono<Backend> backend = latest(runtime.session().connectionStates()).map(StatusEndpoint::backend)
                .defaultIfEmpty(new Backend("STOPPED", 0, null, null));
        Mono<Queue> queue = latest(runtime.session().queueStates())
                .map(q -> new Queue(q.depth(), q.capacity(), q.full(), q.diskFull(), q.deadLetters()))
                .defaultIfEmpty(new Queue(0, 0, false, false, 0));
        return Mono.zip(engine, backend, queue).map(t -> new Status(
                runtime.session().config().chargePointId(), t.getT2(), t.getT1().registration(),
                t.getT1().refusal(), t.getT3(), t.getT1().connectors(),
                runtime.configuration().ignored(),
                runtime.dataDirectory().setAside().stream().map(d -> new SetAside(d.database(),
                        d.keptAs().toString(), d.reason(), d.at().toString())).toList(), t.getT1().firmware()));
    }

    /** Runs on the engine's scheduler. */
    private static Engine read(ChargePoint chargePoint) {
        List<Connector> connectors = new ArrayList<>();
        List<ConnectorLimit> limits = chargePoint.chargingLimits();
        for (int id = 1; id <= chargePoint.connectors().count(); id++) {
            ConnectorLimit limit = limits.get(id - 1);
            var status = chargePoint.connectors().status(id);
            ActiveTransaction tx = chargePoint.transactions().active(id);
            connectors.add(new Connector(id, status == null ? null : status.literal(),
                    chargePoint.connectors().facts(id).faults().stream().map(f -> f.code().literal()).toList(),
                    tx == null ? null : tx.transactionId(), tx == null ? null : tx.txRef(),
                    new SmartCharging(limit.limitA(), Profile.of(limit.transactionProfile()),
                            Profile.of(limit.stationProfile()), limit.rule())));
        }
        return new Engine(chargePoint.registration().state().name(), chargePoint.chargingRefusal(), connectors,
                chargePoint.firmwareState());
    }

    private static Backend backend(ConnectionState state) {
        return new Backend(state.phase().name(), state.attempt(), state.cause(),
                state.since() == null ? null : state.since().toString());
    }

    private static <T> Mono<T> latest(Flux<T> states) {
        return states.next().take(FIRST_STATE);
    }
}
