package io.reactiveocpp.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.sim.SimulatedStation;
import reactor.core.publisher.Mono;

import java.util.function.ObjIntConsumer;

/**
 * The simulator's controls under {@code /api/sim/} (only with {@code --hal sim}): a driver plugs, unplugs,
 * pauses and resumes an EV, presents a card, and a fault is raised or cleared. Each request is checked whole
 * before the station is touched; the station then acts on its worker, so the answer is 202 and the effect
 * shows in {@code /api/status} and at the backend shortly after. The station's control methods are
 * thread-safe and are called on the event loop.
 */
final class SimulatorEndpoint {

    /** OCPP's idTag is a CiString20. */
    static final int ID_TAG_MAX = 20;
    /** StatusNotification's info is a CiString50. */
    static final int INFO_MAX = 50;

    /** What was done. */
    record Done(String action, Integer connectorId) {
    }

    /**
     * An EV is plugged in; with the optional body {@code {"plugAndCharge": true}} its ISO 15118 stack then
     * presents the simulator's contract for Plug &amp; Charge (the engine authorizes it when ISO15118PnCEnabled).
     */
    Mono<Reply> plug(Call call) {
        SimulatedStation station = station(call);
        int n = call.connector(station.connectorCount(), false);
        if (flag(call.json(true), "plugAndCharge")) {
            station.plugAndCharge(n);
            return accepted("plug-and-charge", n);
        }
        station.plug(n);
        return accepted("plug", n);
    }

    /** The EV asks for its contract certificate: body {@code {"update": true}} for an update, else installation. */
    Mono<Reply> contractCertificate(Call call) {
        SimulatedStation station = station(call);
        int n = call.connector(station.connectorCount(), false);
        station.requestContractCertificate(n, flag(call.json(true), "update"));
        return accepted("contract-certificate", n);
    }

    Mono<Reply> unplug(Call call) {
        return onConnector(call, "unplug", SimulatedStation::unplug);
    }

    Mono<Reply> evSuspend(Call call) {
        return onConnector(call, "ev-suspend", SimulatedStation::evSuspend);
    }

    Mono<Reply> evResume(Call call) {
        return onConnector(call, "ev-resume", SimulatedStation::evResume);
    }

    /** {@code {"idTag": "...", "connectorId": n}}, connectorId optional (the reader serves all connectors). */
    Mono<Reply> rfid(Call call) {
        SimulatedStation station = station(call);
        ObjectNode body = call.json(false);
        String idTag = Call.text(body, "idTag", true, ID_TAG_MAX);
        Integer connectorId = Call.integer(body, "connectorId", 1, station.connectorCount());
        station.presentCard(idTag, connectorId);
        return accepted("rfid", connectorId);
    }

    /** {@code {"errorCode": "GroundFailure", "info": "..."}} (info optional); connector 0 is the station. */
    Mono<Reply> raiseFault(Call call) {
        SimulatedStation station = station(call);
        int n = call.connector(station.connectorCount(), true);
        ObjectNode body = call.json(false);
        FaultCode code = code(Call.text(body, "errorCode", true, INFO_MAX));
        String info = Call.text(body, "info", false, INFO_MAX);
        station.raiseFault(n, code, info);
        return accepted("fault", n);
    }

    /** Clears the fault {@code ?errorCode=...} of the connector, or every fault of it without the parameter. */
    Mono<Reply> clearFault(Call call) {
        SimulatedStation station = station(call);
        int n = call.connector(station.connectorCount(), true);
        String literal = call.query("errorCode");
        if (literal != null) {
            station.clearFault(n, code(literal));
        } else {
            for (FaultCode code : FaultCode.values()) {
                station.clearFault(n, code);
            }
        }
        return accepted("clear-fault", n);
    }

    private Mono<Reply> onConnector(Call call, String action, ObjIntConsumer<SimulatedStation> control) {
        SimulatedStation station = station(call);
        int n = call.connector(station.connectorCount(), false);
        control.accept(station, n);
        return accepted(action, n);
    }

    private static SimulatedStation station(Call call) {
        if (call.runtime().station() instanceof SimulatedStation station) {
            return station;
        }
        throw new ApiError(Reply.error(404, null, "the simulator endpoints exist only with --hal sim"));
    }

    /** An optional boolean member: absent is false, anything but true or false is a 400 naming the field. */
    private static boolean flag(ObjectNode body, String field) {
        var value = body.get(field);
        if (value != null && !value.isBoolean()) {
            throw ApiError.badRequest(field, field + " must be true or false");
        }
        return value != null && value.booleanValue();
    }

    private static FaultCode code(String literal) {
        try {
            return FaultCode.fromLiteral(literal);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("errorCode", e.getMessage());
        }
    }

    private static Mono<Reply> accepted(String action, Integer connectorId) {
        return Mono.just(Reply.json(202, new Done(action, connectorId)));
    }
}
