package io.reactiveocpp.hal;

/**
 * What the EVSE generates on the control pilot (IEC 61851-1 Annex A): its oscillator's side of the line, while
 * {@link PilotState} is what the EV's load makes of it.
 * <pre>
 * mode                   on the line                          duty cycle                          the EV may draw
 * STANDBY                +12 V, no PWM (states A1, B1, C1)    100 %                               nothing
 * CURRENT                ±12 V PWM at 1 kHz (A2, B2, C2)      A / 0.6 (6–51 A), A / 2.5 + 64 (51–80 A)   {@link #amps}
 * DIGITAL_COMMUNICATION  ±12 V PWM at 1 kHz                   5 %                                 what digital
 *                                                                                                 communication (ISO 15118) agrees
 * UNAVAILABLE            −12 V, no PWM: state F               0 %                                 nothing
 * </pre>
 * An EV reads 3–7 % as "digital communication required" ({@link ControlPilot#requestsDigitalCommunication}); a
 * PWM-only EV then does not charge. In state F the EV's load does not show on the line, so the EV's state cannot
 * be read while the EVSE generates it.
 *
 * @param mode which of the four signals
 * @param amps the current offered: 6 to 80 A for {@link Mode#CURRENT}, 0 for the others
 */
public record PilotSignal(Mode mode, double amps) {

    /** The four signals of the table above. */
    public enum Mode { STANDBY, CURRENT, DIGITAL_COMMUNICATION, UNAVAILABLE }

    /** The smallest current an EVSE may offer by PWM (IEC 61851-1: 10 % duty). */
    public static final double MIN_AMPS = 6.0;
    /** The largest current the PWM can express (96 % duty). */
    public static final double MAX_AMPS = 80.0;
    /** The duty cycle that asks for digital communication (ISO 15118-3, IEC 61851-1 Annex A). */
    public static final double DIGITAL_COMMUNICATION_DUTY_CYCLE = 5.0;

    public static final PilotSignal STANDBY = new PilotSignal(Mode.STANDBY, 0);
    public static final PilotSignal DIGITAL_COMMUNICATION = new PilotSignal(Mode.DIGITAL_COMMUNICATION, 0);
    public static final PilotSignal UNAVAILABLE = new PilotSignal(Mode.UNAVAILABLE, 0);

    public PilotSignal {
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
        if (mode == Mode.CURRENT ? !(amps >= MIN_AMPS && amps <= MAX_AMPS) : amps != 0) {
            throw new IllegalArgumentException("amps must be " + MIN_AMPS + " to " + MAX_AMPS + " for CURRENT and 0"
                    + " otherwise, got " + amps + " for " + mode);
        }
    }

    /**
     * The signal that offers {@code amps}: {@link #STANDBY} for 0; a current between 0 and 6 A is raised to 6 A,
     * the smallest an EV can be offered, and one above 80 A is capped at 80 A. A negative or non-finite value
     * throws {@link IllegalArgumentException}.
     */
    public static PilotSignal current(double amps) {
        if (!(amps >= 0) || Double.isInfinite(amps)) {
            throw new IllegalArgumentException("amps must be a finite number ≥ 0, got " + amps);
        }
        return amps == 0 ? STANDBY : new PilotSignal(Mode.CURRENT, Math.min(Math.max(amps, MIN_AMPS), MAX_AMPS));
    }

    /** The PWM duty cycle in percent that generates this signal; 100 is a constant +12 V, 0 a constant −12 V. */
    public double dutyCycle() {
        switch (mode) {
            case CURRENT: return ControlPilot.dutyCycle(amps);
            case DIGITAL_COMMUNICATION: return DIGITAL_COMMUNICATION_DUTY_CYCLE;
            case UNAVAILABLE: return 0.0;
            default: return 100.0;
        }
    }

    /** Whether the line oscillates, so that the EV's state shows only during the PWM's positive plateau. */
    public boolean oscillating() {
        return mode == Mode.CURRENT || mode == Mode.DIGITAL_COMMUNICATION;
    }
}
