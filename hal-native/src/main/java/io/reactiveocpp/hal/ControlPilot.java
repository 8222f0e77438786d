package io.reactiveocpp.hal;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The IEC 61851-1 control pilot of a connector: the EV's state in, the EVSE's {@link PilotSignal} out (an offered
 * current, standby, the 5 % duty cycle of digital communication, or state F).
 */
public interface ControlPilot {

    /**
     * Pilot states as they change; replays the current one to a new subscriber. While the pilot generates
     * {@link PilotSignal#UNAVAILABLE} (state F) the EV's state cannot be read; see the implementation for what it
     * reports then.
     */
    Flux<PilotState> states();

    /**
     * Offers {@code amps} to the EV through the PWM duty cycle ({@link #dutyCycle}); 0 stops charging (the
     * pilot stays at a constant +12 V, no PWM, so the EV pauses). Completes once applied. The same as
     * {@code generate(PilotSignal.current(amps))}.
     */
    Mono<Void> offer(double amps);

    /** The current offered now, A; 0 unless the pilot generates {@link PilotSignal.Mode#CURRENT}. */
    double offered();

    /**
     * Generates {@code signal}; completes once applied and fails with {@link HardwareException} when the pilot
     * cannot. The default serves {@link PilotSignal.Mode#STANDBY} and {@link PilotSignal.Mode#CURRENT} through
     * {@link #offer} and fails for the other two, for a pilot that can only offer current.
     */
    default Mono<Void> generate(PilotSignal signal) {
        if (signal == null) {
            return Mono.error(new IllegalArgumentException("signal is required"));
        }
        if (signal.mode() == PilotSignal.Mode.STANDBY || signal.mode() == PilotSignal.Mode.CURRENT) {
            return offer(signal.amps());
        }
        return Mono.error(new HardwareException("this control pilot cannot generate " + signal.mode()));
    }

    /** What the pilot generates now. The default derives it from {@link #offered()}. */
    default PilotSignal signal() {
        return PilotSignal.current(offered());
    }

    /**
     * The PWM duty cycle in percent for an offered current (IEC 61851-1 Annex A, the duty cycle
     * the EVSE provides): 6–51 A ⇒ A / 0.6;
     * 51–80 A ⇒ A / 2.5 + 64; 0 ⇒ 100 (no PWM: charging not allowed). Values between 0 and 6 A are
     * rounded up to 6 A (the smallest current an EV can be offered); above 80 A is capped at 80 A. The two formulas
     * overlap: for 51 to 52.5 A the second gives 84.4 to 85 %, which an EV reads with the first ({@link #amps}) as
     * 50.6 to 51 A, a little less than offered, never more.
     */
    static double dutyCycle(double amps) {
        if (!(amps > 0)) {
            return 100.0;
        }
        double a = Math.min(Math.max(amps, 6.0), 80.0);
        return a <= 51.0 ? a / 0.6 : a / 2.5 + 64.0;
    }

    /**
     * The current an EV may draw for a duty cycle in percent, as IEC 61851-1 Annex A has the EV read it (the
     * maximum current the vehicle may draw):
     * <pre>
     *   d &lt; 8 %          0     (below 3 % no charging; 3–7 % digital communication, {@link #requestsDigitalCommunication};
     *                           7–8 % no charging)
     *   8 % ≤ d &lt; 10 %   6 A
     *  10 % ≤ d ≤ 85 %   d × 0.6
     *  85 % &lt; d ≤ 96 %   (d − 64) × 2.5
     *  96 % &lt; d ≤ 97 %   80 A
     *   d &gt; 97 %         0     (no charging; 100 % is the constant +12 V of standby)
     * </pre>
     * It inverts {@link #dutyCycle} for 6 to 80 A.
     */
    static double amps(double dutyCyclePercent) {
        double d = dutyCyclePercent;
        if (!(d >= 8.0 && d <= 97.0)) {
            return 0.0;
        }
        if (d < 10.0) {
            return 6.0;
        }
        if (d <= 85.0) {
            return d * 0.6;
        }
        return d <= 96.0 ? (d - 64.0) * 2.5 : 80.0;
    }

    /** Whether an EV reads this duty cycle as "digital communication required" (3 to 7 %, nominally 5 %). */
    static boolean requestsDigitalCommunication(double dutyCyclePercent) {
        return dutyCyclePercent >= 3.0 && dutyCyclePercent <= 7.0;
    }

    /** The duty cycle that asks for digital communication (ISO 15118 / high-level): 5 %. */
    double DIGITAL_COMMUNICATION_DUTY_CYCLE = PilotSignal.DIGITAL_COMMUNICATION_DUTY_CYCLE;
}
