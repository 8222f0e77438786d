package io.reactiveocpp.hal.pi4j;

import com.pi4j.io.gpio.digital.DigitalState;

/**
 * A GPIO line and which level means "active" (relay energised, contact closed, lock engaged).
 *
 * @param address    the Pi4J address of the line (the BCM number on a Raspberry Pi), 0 to 63
 * @param activeHigh whether the high level is the active one
 */
public record DigitalPin(int address, boolean activeHigh) {

    public DigitalPin {
        if (address < 0 || address > 63) {
            throw new IllegalArgumentException("address must be 0 to 63, got " + address);
        }
    }

    /** An active-high line. */
    public static DigitalPin activeHigh(int address) {
        return new DigitalPin(address, true);
    }

    /** An active-low line (e.g. an input pulled up and closed to ground by a contact). */
    public static DigitalPin activeLow(int address) {
        return new DigitalPin(address, false);
    }

    DigitalState level(boolean active) {
        return active == activeHigh ? DigitalState.HIGH : DigitalState.LOW;
    }

    boolean active(DigitalState level) {
        return (level == DigitalState.HIGH) == activeHigh;
    }
}
