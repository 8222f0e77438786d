package io.reactiveocpp.engine.smartcharging;

import io.reactiveocpp.engine.hal.OfferInputs;

import java.util.Arrays;

/**
 * How the station's limit (its ChargePointMaxProfile) is shared among the connectors that charge: a pure function.
 *
 * <p>The rule: every charging connector gets an equal share; a connector that can use less than its share (its own
 * profile, the hardware or its EV's draw caps it) keeps what it can use, and the rest is shared equally among the
 * others (water-filling). No connector is offered less than {@link OfferInputs#MIN_OFFER_A}: when the shares would
 * fall below it, the connectors that started charging last are paused (0 A) until the others can have 6 A each;
 * a connector whose cap is below 6 A is paused and leaves its share to the others.
 */
final class StationShare {

    private StationShare() {
    }

    /**
     * The current for each connector, A per phase, in the order of {@code caps}.
     *
     * @param station the station's limit, A per phase
     * @param caps    what each charging connector can use at most, A per phase ({@code +∞}: unbounded), ordered from
     *                the one that started charging first
     */
    static double[] allocate(double station, double[] caps) {
        double[] shares = new double[caps.length];
        boolean[] member = new boolean[caps.length];
        int members = 0;
        for (int i = 0; i < caps.length; i++) {
            member[i] = caps[i] >= OfferInputs.MIN_OFFER_A;
            members += member[i] ? 1 : 0;
        }
        while (members > 0) {
            fill(station, caps, member, shares);
            int last = lastStarvedMember(member, shares);
            if (last < 0) {
                return shares;
            }
            member[last] = false; // paused: the others get its share
            members--;
        }
        Arrays.fill(shares, 0);
        return shares;
    }

    /** Water-filling of {@code station} among the members, lowest caps first. */
    private static void fill(double station, double[] caps, boolean[] member, double[] shares) {
        Integer[] order = new Integer[caps.length];
        int count = 0;
        for (int i = 0; i < caps.length; i++) {
            shares[i] = 0;
            if (member[i]) {
                order[count++] = i;
            }
        }
        Arrays.sort(order, 0, count, (a, b) -> Double.compare(caps[a], caps[b]));
        double left = station;
        for (int k = 0; k < count; k++) {
            int i = order[k];
            double share = Math.min(caps[i], left / (count - k));
            shares[i] = share;
            left -= share;
        }
    }

    /** When any member would be offered less than 6 A: the member that started last (it pauses), else -1. */
    private static int lastStarvedMember(boolean[] member, double[] shares) {
        for (int i = 0; i < shares.length; i++) {
            if (member[i] && shares[i] < OfferInputs.MIN_OFFER_A) {
                return lastMember(member);
            }
        }
        return -1;
    }

    private static int lastMember(boolean[] member) {
        for (int i = member.length - 1; i >= 0; i--) {
            if (member[i]) {
                return i;
            }
        }
        return -1;
    }
}
