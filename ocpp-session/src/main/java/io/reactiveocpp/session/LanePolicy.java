package io.reactiveocpp.session;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.action.Delivery;

/**
 * Which lane each CALL of the charge point takes, and which fail at once while offline: the session's reading of
 * the {@link Action} table's {@link Delivery} classes, in one place rather than as comparisons spread over the
 * session.
 *
 * <table>
 *   <caption>the lanes</caption>
 *   <tr><th>delivery</th><th>lane</th><th>how they are sent</th></tr>
 *   <tr><td>REGISTRATION (BootNotification)</td><td>{@link Lane#PRIORITY}</td><td>first, even before the engine
 *   admits the rest</td></tr>
 *   <tr><td>TRANSACTION (StartTransaction, StopTransaction)</td><td>{@link Lane#DURABLE}</td><td>only through the
 *   durable queue ({@code enqueue}); {@code call()} refuses them</td></tr>
 *   <tr><td>DURABLE (SecurityEventNotification)</td><td>{@link Lane#DURABLE}</td><td>the same: only through the
 *   durable queue, as a {@link TransactionMessage#outsideTransaction} message</td></tr>
 *   <tr><td>TRANSACTION_OR_ORDINARY (MeterValues)</td><td>{@link Lane#NORMAL}</td><td>a transaction's values go
 *   through the durable queue as a {@link TransactionMessage}; others may be sent with {@code call()}</td></tr>
 *   <tr><td>ONLINE_ONLY (Authorize, Heartbeat, DataTransfer)</td><td>{@link Lane#NORMAL}</td><td>fail at once while
 *   offline, so that the engine can fall back (local list and cache for Authorize) or try again later</td></tr>
 *   <tr><td>ORDINARY</td><td>{@link Lane#NORMAL}</td><td>in order, once admitted, after the durable queue</td></tr>
 * </table>
 */
final class LanePolicy {

    /** The lanes of outbound CALLs. */
    enum Lane { PRIORITY, DURABLE, NORMAL }

    private LanePolicy() {
    }

    static Lane lane(Action action) {
        return switch (action.delivery()) {
            case REGISTRATION -> Lane.PRIORITY;
            case TRANSACTION, DURABLE -> Lane.DURABLE;
            case TRANSACTION_OR_ORDINARY, ONLINE_ONLY, ORDINARY -> Lane.NORMAL;
        };
    }

    /** Whether the action may only be sent through the durable queue. */
    static boolean queuedOnly(Action action) {
        return lane(action) == Lane.DURABLE;
    }

    /** Whether a message of the action may be queued durably as a {@link TransactionMessage}. */
    static boolean queueable(Action action) {
        Delivery delivery = action.delivery();
        return delivery == Delivery.TRANSACTION || delivery == Delivery.TRANSACTION_OR_ORDINARY
                || delivery == Delivery.DURABLE;
    }

    /** Whether a message of the action belongs to a transaction (a txRef) rather than to none. */
    static boolean ofTransaction(Action action) {
        return action.delivery() == Delivery.TRANSACTION || action.delivery() == Delivery.TRANSACTION_OR_ORDINARY;
    }

    /** Whether a CALL of the action fails at once while offline rather than waiting for the link. */
    static boolean failsFastOffline(Action action) {
        return action.delivery() == Delivery.ONLINE_ONLY;
    }
}
