package io.reactiveocpp.session;

import io.reactiveocpp.codec.action.Action;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which lane each CALL of the charge point takes, and which fail at once while offline: the one table of the
 * session's outbound policy, keyed by {@link Action}. (The codec's {@code Action} table describes the protocol,
 * not how this charge point sends; so the policy lives here, in one place, rather than as comparisons spread over
 * the session.)
 *
 * <table>
 *   <caption>the lanes</caption>
 *   <tr><th>lane</th><th>actions</th><th>how they are sent</th></tr>
 *   <tr><td>{@link Lane#PRIORITY}</td><td>BootNotification</td><td>first, even before the engine admits the
 *   rest</td></tr>
 *   <tr><td>{@link Lane#DURABLE}</td><td>StartTransaction, StopTransaction</td><td>only through the durable queue
 *   ({@code enqueue}); {@code call()} refuses them</td></tr>
 *   <tr><td>{@link Lane#NORMAL}</td><td>every other action</td><td>in order, once admitted, after the durable
 *   queue</td></tr>
 * </table>
 *
 * <p>Authorize, DataTransfer and Heartbeat fail at once while offline, so that the engine can fall back (local list
 * and cache for Authorize) or simply try again later (DataTransfer, Heartbeat). What a {@link TransactionMessage} may
 * carry into the durable queue: StartTransaction, StopTransaction and MeterValues (those of a transaction; other
 * MeterValues may also be sent with {@code call()}).
 */
final class LanePolicy {

    /** The lanes of outbound CALLs. */
    enum Lane { PRIORITY, DURABLE, NORMAL }

    private static final Map<Action, Lane> LANES = new EnumMap<>(Action.class);
    private static final Set<Action> FAIL_FAST_OFFLINE =
            EnumSet.of(Action.AUTHORIZE, Action.DATA_TRANSFER, Action.HEARTBEAT);
    private static final Set<Action> QUEUEABLE =
            EnumSet.of(Action.START_TRANSACTION, Action.STOP_TRANSACTION, Action.METER_VALUES);

    static {
        for (Action action : Action.values()) {
            LANES.put(action, Lane.NORMAL);
        }
        LANES.put(Action.BOOT_NOTIFICATION, Lane.PRIORITY);
        LANES.put(Action.START_TRANSACTION, Lane.DURABLE);
        LANES.put(Action.STOP_TRANSACTION, Lane.DURABLE);
    }

    private LanePolicy() {
    }

    static Lane lane(Action action) {
        return LANES.get(action);
    }

    /** Whether the action may only be sent through the durable queue. */
    static boolean isTransactional(Action action) {
        return LANES.get(action) == Lane.DURABLE;
    }

    /** Whether a message of the action may be queued durably as a {@link TransactionMessage}. */
    static boolean queueable(Action action) {
        return QUEUEABLE.contains(action);
    }

    /** Whether a CALL of the action fails at once while offline rather than waiting for the link. */
    static boolean failsFastOffline(Action action) {
        return FAIL_FAST_OFFLINE.contains(action);
    }
}
