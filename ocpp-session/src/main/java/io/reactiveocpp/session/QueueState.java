package io.reactiveocpp.session;

import java.time.Duration;

/**
 * The fill state of the durable transaction-message queue, as {@link OcppClient#queueStates()} publishes it.
 *
 * @param depth          transaction messages waiting or in flight
 * @param capacity       {@code MessageQueueCapacity}
 * @param reserved       slots held back so that every open transaction can still queue its StopTransaction
 * @param full           no room for a new transaction (no slot, or the disk is full): the engine refuses to
 *                       start charging when {@code DisallowChargingIfQueueFull} is on
 * @param oldestAge      how long the oldest message has waited, zero when empty
 * @param deadLetters    messages whose attempts were exhausted, kept for the operator
 * @param thinned        periodic MeterValues removed to make room since the session started
 * @param diskFull       the queue's disk is full: only the StopTransaction (and a final signed MeterValues) of
 *                       a running transaction is stored, from the disk reserve, until the queue has drained
 *                       and the reserve is back; implies {@code full}
 */
public record QueueState(int depth, int capacity, int reserved, boolean full, Duration oldestAge, long deadLetters,
                         long thinned, boolean diskFull) {

    public QueueState {
        if (diskFull && !full) {
            throw new IllegalArgumentException("full must be set when diskFull is");
        }
    }

    /** A state of a queue whose disk has room. */
    public QueueState(int depth, int capacity, int reserved, boolean full, Duration oldestAge, long deadLetters,
                      long thinned) {
        this(depth, capacity, reserved, full, oldestAge, deadLetters, thinned, false);
    }
}
