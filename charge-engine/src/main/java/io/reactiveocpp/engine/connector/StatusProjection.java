package io.reactiveocpp.engine.connector;

import io.reactiveocpp.codec.type.ChargePointStatus;

/**
 * The OCPP status of a connector as a function of its facts (OCPP 1.6 section 4.9 and the state transition
 * table of section 7.7), checked in this order:
 * <ol>
 *   <li>{@code ForcedConnectorState} Unavailable → Unavailable; an active fault → Faulted;</li>
 *   <li>a transaction runs → Charging when the EV asks for power (C/D) and current is offered (the contactor
 *       closing, or closed); SuspendedEVSE when the EVSE offers nothing; SuspendedEV when the EV does not ask
 *       (B) or was unplugged while the transaction is kept;</li>
 *   <li>Inoperative → Unavailable (a running transaction finishes first: ChangeAvailability answers
 *       Scheduled);</li>
 *   <li>plugged after a transaction ended, or authorized without transaction → Finishing / Preparing;</li>
 *   <li>reserved → Reserved; else Available (also when {@code ForcedConnectorState} is Available).</li>
 * </ol>
 */
public final class StatusProjection {

    private StatusProjection() {
    }

    /**
     * @param facts    the connector's facts
     * @param finished a transaction ended on it and the cable is still in
     */
    public static ChargePointStatus status(ConnectorFacts facts, boolean finished) {
        if ("Unavailable".equals(facts.forced())) {
            return ChargePointStatus.UNAVAILABLE;
        }
        if (!facts.faults().isEmpty()) {
            return ChargePointStatus.FAULTED;
        }
        if (facts.transaction()) {
            if (!facts.pilot().demandsPower()) {
                // unplugged with the transaction kept (StopTransactionOnEVSideDisconnect=false): the EV is away
                return ChargePointStatus.SUSPENDED_EV;
            }
            return facts.offered() > 0 ? ChargePointStatus.CHARGING : ChargePointStatus.SUSPENDED_EVSE;
        }
        if (!facts.operative() && !"Available".equals(facts.forced())) {
            return ChargePointStatus.UNAVAILABLE;
        }
        if (facts.pilot().connected()) {
            return finished ? ChargePointStatus.FINISHING : ChargePointStatus.PREPARING;
        }
        if (facts.authorized()) {
            return ChargePointStatus.PREPARING;
        }
        return facts.reserved() ? ChargePointStatus.RESERVED : ChargePointStatus.AVAILABLE;
    }
}
