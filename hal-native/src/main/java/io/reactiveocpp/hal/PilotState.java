package io.reactiveocpp.hal;

/**
 * The control pilot states of IEC 61851-1, read from the pilot voltage (the positive plateau while the pilot
 * oscillates). A to D are the EV's; E and F are errors on the line. In E and F the EV's load cannot be seen, so
 * {@link #connected()} is false for them: whether a car is still plugged in is unknown.
 */
public enum PilotState {
    /** +12 V: no EV connected. */
    A,
    /** +9 V: EV connected, not ready to charge. */
    B,
    /** +6 V: EV connected and ready (charging when the contactor is closed). */
    C,
    /** +3 V: ready, ventilation required. */
    D,
    /** 0 V: pilot shorted to earth, or no power. */
    E,
    /**
     * −12 V: the EVSE is not available or in error. Read when the line shows no positive level although the EVSE
     * does not generate {@link PilotSignal#UNAVAILABLE} (its oscillator or driver stage failed); while it does,
     * the pilot cannot read the EV at all.
     */
    F;

    /** Whether an EV is plugged in (B, C or D). */
    public boolean connected() {
        return this == B || this == C || this == D;
    }

    /** Whether the EV asks for energy (C or D). */
    public boolean demandsPower() {
        return this == C || this == D;
    }
}
