package io.reactiveocpp.engine.hal;

/**
 * What bounds the current offered to an EV on one connector (the pilot's PWM); the offer is the least of
 * them ({@link #amps()}), so that every input meets in one place and nothing else writes the pilot.
 *
 * <p>Below {@link #MIN_OFFER_A} nothing is offered: IEC 61851-1 has no duty cycle for less than 6 A, so a
 * smaller limit pauses charging (the connector is SuspendedEVSE) until the limit rises again.
 *
 * @param hardwareMaxA   what the connector and its installation allow, A (more than 0)
 * @param energyAllowed  {@code false} once {@code MaxEnergyOnInvalidId} is used up: nothing more is offered
 *                       for the rest of this transaction
 * @param profileLimitA  Smart Charging's limit for the connector now, A per phase ({@code +∞}: no profile limits it)
 */
public record OfferInputs(double hardwareMaxA, boolean energyAllowed, double profileLimitA) {

    /** The least current a pilot can offer (IEC 61851-1, a 10 % duty cycle), A. */
    public static final double MIN_OFFER_A = 6.0;

    public OfferInputs {
        if (!(hardwareMaxA > 0)) {
            throw new IllegalArgumentException("hardwareMaxA must be more than 0 A, not " + hardwareMaxA);
        }
        if (!(profileLimitA >= 0)) {
            throw new IllegalArgumentException("profileLimitA must be 0 A or more, not " + profileLimitA);
        }
    }

    /** Inputs without a profile limit. */
    public OfferInputs(double hardwareMaxA, boolean energyAllowed) {
        this(hardwareMaxA, energyAllowed, Double.POSITIVE_INFINITY);
    }

    /** The inputs of a connector between transactions: only the hardware bounds it. */
    public static OfferInputs of(double hardwareMaxA) {
        return new OfferInputs(hardwareMaxA, true);
    }

    /** The current to offer while a transaction charges, A: the least of the inputs, 0 below {@link #MIN_OFFER_A}. */
    public double amps() {
        if (!energyAllowed) {
            return 0;
        }
        double least = Math.min(hardwareMaxA, profileLimitA);
        return least < MIN_OFFER_A ? 0 : least;
    }

    public OfferInputs withEnergyAllowed(boolean allowed) {
        return new OfferInputs(hardwareMaxA, allowed, profileLimitA);
    }

    /** With Smart Charging's limit, A per phase ({@code +∞}: none). */
    public OfferInputs withProfileLimit(double amps) {
        return new OfferInputs(hardwareMaxA, energyAllowed, amps);
    }

    /**
     * The inputs for the next transaction: what bound only the one that ended is dropped; the profile limit stays
     * (the enforcement recomputes it when the next transaction starts).
     */
    public OfferInputs afterTransaction() {
        return new OfferInputs(hardwareMaxA, true, profileLimitA);
    }
}
