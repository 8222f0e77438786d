package io.reactiveocpp.hal;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The IEC 61851-1 control pilot of a connector: the EV's state in, the offered current out.
 */
public interface ControlPilot {

    /** Pilot states as they change; replays the current one to a new subscriber. */
    Flux<PilotState> states();

    /**
     * Offers {@code amps} to the EV through the PWM duty cycle ({@link #dutyCycle}); 0 stops charging (the
     * pilot stays at a constant +12 V, no PWM, so the EV pauses). Completes once applied.
     */
    Mono<Void> offer(double amps);

    /** The current offered now, A. */
    double offered();

    /**
     * The PWM duty cycle in percent for an offered current (IEC 61851-1 table A.8): 6–51 A ⇒ A / 0.6;
     * 51–80 A ⇒ A / 2.5 + 64; 0 ⇒ 100 (no PWM: charging not allowed). Values between 0 and 6 A are
     * rounded up to 6 A (the smallest current an EV can be offered); above 80 A is capped at 80 A.
     */
    static double dutyCycle(double amps) {
        if (!(amps > 0)) {
            return 100.0;
        }
        double a = Math.min(Math.max(amps, 6.0), 80.0);
        return a <= 51.0 ? a / 0.6 : a / 2.5 + 64.0;
    }

    /** The current an EV may draw for a duty cycle in percent (the inverse of {@link #dutyCycle}); 0 outside 10–96 %. */
    static double amps(double dutyCyclePercent) {
        if (dutyCyclePercent < 10.0 || dutyCyclePercent > 96.0) {
            return 0.0;
        }
        return dutyCyclePercent <= 85.0 ? dutyCyclePercent * 0.6 : (dutyCyclePercent - 64.0) * 2.5;
    }

    /** The duty cycle that asks for digital communication (ISO 15118 / high-level): 5 %. */
    double DIGITAL_COMMUNICATION_DUTY_CYCLE = 5.0;
}
