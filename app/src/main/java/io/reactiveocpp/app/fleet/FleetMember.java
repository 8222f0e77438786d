package io.reactiveocpp.app.fleet;

import io.reactiveocpp.engine.ChargePoint;
import io.reactiveocpp.session.OcppSession;

/** One started member of a fleet, as the local HTTP interface looks at it ({@code GET /api/fleet/{id}/status}). */
public interface FleetMember {

    /** Its ChargePointID. */
    String id();

    /** Its engine. */
    ChargePoint chargePoint();

    /** Its link to the backend. */
    OcppSession session();
}
