package io.reactiveocpp.engine.hal;

/**
 * What bounds the current offered to an EV on one connector (the pilot's PWM); the offer is the least of
 * them ({@link #amps()}). Smart Charging's composite limit will be one more component here, so that every
 * input meets in one place and nothing else writes the pilot.
 *
 * @param hardwareMaxA   what the connector and its installation allow, A (more than 0)
 * @param energyAllowed  {@code false} once {@code MaxEnergyOnInvalidId} is used up: nothing more is offered
 *                       for the rest of this transaction
 */
public record OfferInputs(double hardwareMaxA, boolean energyAllowed) {

    public OfferInputs {
        if (!(hardwareMaxA > 0)) {
            throw new IllegalArgumentException("hardwareMaxA must be more than 0 A, not " + hardwareMaxA);
        }
    }

    /** The inputs of a connector between transactions: only the hardware bounds it. */
    public static OfferInputs of(double hardwareMaxA) {
        return new OfferInputs(hardwareMaxA, true);
    }

    /** The current to offer while a transaction charges, A: the least of the inputs. */
    public double amps() {
        return energyAllowed ? hardwareMaxA : 0;
    }

    public OfferInputs withEnergyAllowed(boolean allowed) {
        return new OfferInputs(hardwareMaxA, allowed);
    }

    /** The inputs for the next transaction: what bound only the one that ended is dropped. */
    public OfferInputs afterTransaction() {
        return of(hardwareMaxA);
    }
}
