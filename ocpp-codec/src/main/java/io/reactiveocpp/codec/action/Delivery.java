package io.reactiveocpp.codec.action;

/**
 * How OCPP 1.6 asks a charge point to deliver its CALLs of an action: the protocol's classes of outbound messages,
 * one per action in the {@link Action} table. A session turns them into lanes; the codec only states the rule.
 */
public enum Delivery {
    /**
     * BootNotification: the first CALL of a charge point, before any other request may be sent (OCPP 1.6 §4.2,
     * Pending and Rejected registration).
     */
    REGISTRATION,
    /**
     * StartTransaction and StopTransaction: transaction-related messages, delivered exactly once and in order even
     * across outages and restarts, retried on a CALLERROR (the specification's "transaction-related messages").
     */
    TRANSACTION,
    /**
     * MeterValues: transaction-related when it carries the sampled or clock-aligned values of a transaction (then
     * delivered like {@link #TRANSACTION}), an ordinary CALL otherwise.
     */
    TRANSACTION_OR_ORDINARY,
    /**
     * SecurityEventNotification: outside any transaction, but queued durably like a transaction-related message, so
     * that the backend learns of every security event worth sending, in order, even across outages and restarts
     * (issue 15; the security whitepaper's events are pushed to the central system, and one lost while offline would
     * be lost for good).
     */
    DURABLE,
    /**
     * Authorize, Heartbeat and DataTransfer: only useful while the backend can answer now; offline, the charge point
     * decides without it (local authorization list and cache for Authorize) or simply asks again later.
     */
    ONLINE_ONLY,
    /** Every other CALL: in order, once registered; it waits for the link. */
    ORDINARY
}
