package io.reactiveocpp.session;

import java.time.Duration;

/**
 * The fill state of the durable transaction-message queue, as {@link OcppClient#queueStates()} publishes it.
 *
 * @param depth          transaction messages waiting or in flight
 * @param capacity       {@code MessageQueueCapacity}
 * @param reserved       slots held back so that every open transaction can still queue its StopTransaction
 * @param full           no room for a new transaction: the engine refuses to start charging when
 *                       {@code DisallowChargingIfQueueFull} is on
 * @param oldestAge      how long the oldest message has waited, zero when empty
 * @param deadLetters    messages whose attempts were exhausted, kept for the operator
 * @param thinned        periodic MeterValues removed to make room since the session started
 */
public record QueueState(int depth, int capacity, int reserved, boolean full, Duration oldestAge, long deadLetters,
                         long thinned) {
}
