package io.reactiveocpp.session.queue;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.session.TransactionMessage;

import java.util.HashSet;
import java.util.Set;

/**
 * The transactions that started and have not queued their StopTransaction (each holds a slot for it), and
 * what the queue stores while its disk is full: only what such a transaction still needs, its
 * StopTransaction and one MeterValues that is not thinnable (the final signed reading). Confined to the
 * session's scheduler.
 */
final class Reservations {

    private final Set<Long> open;
    private final Set<Long> finalReadings = new HashSet<>(); // stored one while the disk is full
    private boolean diskFull;

    Reservations(Set<Long> open) {
        this.open = new HashSet<>(open);
    }

    /** Slots held for StopTransactions. */
    int reserved() {
        return open.size();
    }

    boolean diskFull() {
        return diskFull;
    }

    /** Whether the state changed. */
    boolean diskFull(boolean full) {
        if (full == diskFull) {
            return false;
        }
        diskFull = full;
        finalReadings.clear();
        return true;
    }

    /** Whether {@code message} may be stored now: anything while the disk has room, else what is needed. */
    boolean admits(TransactionMessage message) {
        if (!diskFull) {
            return true;
        }
        return switch (message.request().action()) {
            case STOP_TRANSACTION -> true;
            case METER_VALUES -> open.contains(message.txRef()) && !message.thinnable()
                    && finalReadings.add(message.txRef());
            default -> false;
        };
    }

    /** The message is being stored: a StartTransaction takes a slot for its Stop, which gives it back. */
    void queued(Action action, long txRef) {
        if (action == Action.START_TRANSACTION) {
            open.add(txRef);
        } else if (action == Action.STOP_TRANSACTION) {
            open.remove(txRef);
        }
    }

    /** The message could not be stored: what {@link #queued} did is taken back. */
    void notStored(Action action, long txRef) {
        if (action == Action.START_TRANSACTION) {
            open.remove(txRef);
        } else if (action == Action.STOP_TRANSACTION) {
            open.add(txRef);
        }
    }
}
