package io.reactiveocpp.app.web;

import reactor.core.scheduler.Scheduler;

import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Slows password guessing per client address. From the {@value #FAILURES_BEFORE_BLOCK}rd failed login in a row
 * from one address on, each failure blocks it for a delay that doubles from {@link #FIRST_DELAY} up to
 * {@link #MAX_DELAY}; while blocked, every request from it that needs credentials is answered 429 with
 * {@code Retry-After}, without a password check. A successful login clears the address; so does
 * {@link #FORGET_AFTER} without a failure. Other addresses are not affected. At most {@value #MAX_ADDRESSES}
 * addresses are tracked: a new one evicts the one tracked longest. Thread-safe; time from {@code clock}.
 */
final class LoginThrottle {

    /** The failure in a row that blocks its address first. */
    static final int FAILURES_BEFORE_BLOCK = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(5);
    /** A tracked address without a failure for this long starts afresh. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    static final int MAX_ADDRESSES = 1024;

    private record Failures(int count, long lastMillis, long blockedUntilMillis) {
    }

    private final Scheduler clock;
    private final Map<InetAddress, Failures> tracked = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<InetAddress, Failures> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    LoginThrottle(Scheduler clock) {
        this.clock = clock;
    }

    /** How long {@code client} must still wait before its next attempt; {@link Duration#ZERO}: it may try now. */
    synchronized Duration blocked(InetAddress client) {
        Failures failures = current(client, now());
        long left = failures == null ? 0 : failures.blockedUntilMillis() - now();
        return left > 0 ? Duration.ofMillis(left) : Duration.ZERO;
    }

    /** Counts a failed login of {@code client}; returns how many failures in a row it has now. */
    synchronized int failed(InetAddress client) {
        long now = now();
        Failures before = current(client, now);
        int count = before == null ? 1 : before.count() + 1;
        long blockedUntil = count < FAILURES_BEFORE_BLOCK ? 0 : now + delay(count - FAILURES_BEFORE_BLOCK + 1).toMillis();
        tracked.remove(client); // re-inserted as the newest
        tracked.put(client, new Failures(count, now, blockedUntil));
        return count;
    }

    /** A successful login of {@code client}: it starts afresh. */
    synchronized void succeeded(InetAddress client) {
        tracked.remove(client);
    }

    synchronized int trackedAddresses() {
        return tracked.size();
    }

    /** The {@code n}th block in a row: 1 s, 2 s, 4 s ... 5 min. */
    static Duration delay(int n) {
        int doublings = Math.min(n - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private Failures current(InetAddress client, long now) {
        Failures failures = tracked.get(client);
        if (failures != null && now - Math.max(failures.lastMillis(), failures.blockedUntilMillis())
                >= FORGET_AFTER.toMillis()) {
            tracked.remove(client);
            return null;
        }
        return failures;
    }

    private long now() {
        return clock.now(TimeUnit.MILLISECONDS);
    }
}
