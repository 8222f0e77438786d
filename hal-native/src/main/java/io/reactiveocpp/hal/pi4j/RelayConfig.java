package io.reactiveocpp.hal.pi4j;

import java.time.Duration;

/**
 * The wiring of one connector's contactor.
 *
 * @param connectorId     the connector, from 1
 * @param coil            the output that energises the contactor's coil (active = closed)
 * @param feedback        the input of its auxiliary (mirror) contact (active = main contacts closed)
 * @param feedbackTimeout how long the feedback may take to follow a command, and how long a disagreement
 *                        between command and feedback may last before it is a fault
 */
public record RelayConfig(int connectorId, DigitalPin coil, DigitalPin feedback, Duration feedbackTimeout) {

    /** Contactors for EV chargers switch in a few tens of milliseconds; this leaves a margin. */
    public static final Duration DEFAULT_FEEDBACK_TIMEOUT = Duration.ofMillis(200);

    public RelayConfig {
        if (connectorId < 1) {
            throw new IllegalArgumentException("connectorId must be ≥ 1, got " + connectorId);
        }
        if (coil == null || feedback == null) {
            throw new IllegalArgumentException("coil and feedback pins are required");
        }
        if (feedbackTimeout == null || feedbackTimeout.isNegative() || feedbackTimeout.isZero()) {
            throw new IllegalArgumentException("feedbackTimeout must be positive, got " + feedbackTimeout);
        }
    }

    /** The wiring with the default feedback timeout. */
    public static RelayConfig of(int connectorId, DigitalPin coil, DigitalPin feedback) {
        return new RelayConfig(connectorId, coil, feedback, DEFAULT_FEEDBACK_TIMEOUT);
    }
}
