package io.reactiveocpp.session.reconnect;

import java.time.Duration;
import java.util.Random;

/**
 * Reconnect delays: exponential from a minimum, capped, with "equal jitter" (half the delay fixed, half
 * random) so that a fleet that lost its backend at once does not return at once.
 */
public final class Backoff {

    private final Random random;

    public Backoff(Random random) {
        this.random = random;
    }

    /** The delay before attempt {@code attempt + 1}, after {@code attempt} (≥ 1) failures. */
    public Duration delay(int attempt, Duration min, Duration max) {
        long base = min.toMillis();
        int doublings = Math.min(attempt - 1, 30);
        long capped = Math.min(max.toMillis(), base << doublings > 0 ? base << doublings : max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? (long) (random.nextDouble() * half) : 0));
    }
}
