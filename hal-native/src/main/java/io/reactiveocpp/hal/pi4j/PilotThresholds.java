package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.PilotState;

/**
 * The pilot voltage (the positive plateau, at the connector) from which each state begins. IEC 61851-1
 * Annex A gives the nominal levels +12, +9, +6, +3, 0 and −12 V for states A to F; the defaults decide at
 * the midpoints between them.
 * <pre>
 *   v ≥ a → A,  v ≥ b → B,  v ≥ c → C,  v ≥ d → D,  v ≥ e → E,  else F
 * </pre>
 */
public record PilotThresholds(double a, double b, double c, double d, double e) {

    public static final PilotThresholds DEFAULT = new PilotThresholds(10.5, 7.5, 4.5, 1.5, -6.0);

    public PilotThresholds {
        if (!(a > b && b > c && c > d && d > e)) {
            throw new IllegalArgumentException("pilot thresholds must fall strictly from A to E, got "
                    + a + ", " + b + ", " + c + ", " + d + ", " + e);
        }
    }

    /** The state a pilot voltage shows. */
    public PilotState classify(double volts) {
        if (volts >= a) {
            return PilotState.A;
        }
        if (volts >= b) {
            return PilotState.B;
        }
        if (volts >= c) {
            return PilotState.C;
        }
        if (volts >= d) {
            return PilotState.D;
        }
        return volts >= e ? PilotState.E : PilotState.F;
    }
}
