package io.reactiveocpp.app.fleet;

import java.net.InetAddress;
import java.util.List;

/**
 * What {@code --fleet} runs: how many virtual charge points, their identities and how their simulated
 * drivers use them.
 *
 * @param size               number of charge points (1 to 100,000)
 * @param idPrefix           ChargePointID prefix; the ids are the prefix and a zero-padded number from 1
 * @param sessionsPerHour    charging sessions each charge point starts per hour on average (Poisson
 *                           arrivals), 0 for none (booted and heartbeating only)
 * @param energyPerSessionWh energy each session charges before the driver stops it
 * @param rampPerSecond      charge points started per second
 * @param seed               seed of the arrival times, so that a run can be repeated
 * @param sources            local addresses the members' links come from, member {@code i} from
 *                           {@code sources[i % n]} ({@code --source-address}); empty: the operating system picks
 */
public record FleetSettings(int size, String idPrefix, double sessionsPerHour, double energyPerSessionWh,
                            int rampPerSecond, long seed, List<InetAddress> sources) {

    /** At most this many source addresses: 256 × 28,232 ephemeral ports is far beyond any fleet. */
    public static final int MAX_SOURCES = 256;

    /** Settings whose links come from the address the operating system picks. */
    public FleetSettings(int size, String idPrefix, double sessionsPerHour, double energyPerSessionWh,
                         int rampPerSecond, long seed) {
        this(size, idPrefix, sessionsPerHour, energyPerSessionWh, rampPerSecond, seed, List.of());
    }

    public FleetSettings {
        if (size < 1 || size > 100_000) {
            throw new IllegalArgumentException("fleet: the number of charge points must be 1 to 100000, got " + size);
        }
        if (idPrefix == null || idPrefix.isEmpty() || idPrefix.length() + digits(size) > 20) {
            throw new IllegalArgumentException("id-prefix: a non-empty prefix that leaves room for "
                    + digits(size) + " digits in a ChargePointID of at most 20 characters, got " + idPrefix);
        }
        if (!(sessionsPerHour >= 0 && sessionsPerHour <= 3600)) {
            throw new IllegalArgumentException("sessions-per-hour must be 0 to 3600, got " + sessionsPerHour);
        }
        if (!(energyPerSessionWh >= 1 && energyPerSessionWh <= 1_000_000)) {
            throw new IllegalArgumentException("energy-per-session must be 0.001 to 1000 kWh, got "
                    + energyPerSessionWh / 1000 + " kWh");
        }
        if (rampPerSecond < 1 || rampPerSecond > 10_000) {
            throw new IllegalArgumentException("ramp-rate must be 1 to 10000 charge points per second, got "
                    + rampPerSecond);
        }
        sources = List.copyOf(sources == null ? List.of() : sources);
        if (sources.size() > MAX_SOURCES) {
            throw new IllegalArgumentException("source-address: at most " + MAX_SOURCES + " addresses, got "
                    + sources.size());
        }
    }

    /** The local address member {@code index} (from 0) connects from, or {@code null} for any. */
    public InetAddress source(int index) {
        return sources.isEmpty() ? null : sources.get(index % sources.size());
    }

    /** The ChargePointID of member {@code index} (from 0). */
    public String id(int index) {
        return idPrefix + String.format("%0" + digits(size) + "d", index + 1);
    }

    private static int digits(int n) {
        return Math.max(3, Integer.toString(n).length());
    }
}
