package io.reactiveocpp.hal.pi4j;

import java.time.Duration;

/**
 * The wiring of one socket outlet's cable lock: an actuator driven by a level (active = locked) and a
 * switch that reports the locked position.
 *
 * @param connectorId     the connector, from 1
 * @param motor           the output that drives the actuator (active = towards locked)
 * @param feedback        the input of the position switch (active = locked)
 * @param feedbackTimeout how long the actuator may take to reach the commanded position
 */
public record LockConfig(int connectorId, DigitalPin motor, DigitalPin feedback, Duration feedbackTimeout) {

    /** Motor actuators for Type 2 sockets move in a few hundred milliseconds. */
    public static final Duration DEFAULT_FEEDBACK_TIMEOUT = Duration.ofSeconds(1);

    public LockConfig {
        if (connectorId < 1) {
            throw new IllegalArgumentException("connectorId must be ≥ 1, got " + connectorId);
        }
        if (motor == null || feedback == null) {
            throw new IllegalArgumentException("motor and feedback pins are required");
        }
        if (feedbackTimeout == null || feedbackTimeout.isNegative() || feedbackTimeout.isZero()) {
            throw new IllegalArgumentException("feedbackTimeout must be positive, got " + feedbackTimeout);
        }
    }

    /** The wiring with the default feedback timeout. */
    public static LockConfig of(int connectorId, DigitalPin motor, DigitalPin feedback) {
        return new LockConfig(connectorId, motor, feedback, DEFAULT_FEEDBACK_TIMEOUT);
    }
}
