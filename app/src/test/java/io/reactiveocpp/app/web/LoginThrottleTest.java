package io.reactiveocpp.app.web;

import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed logins slow their own address down, exponentially and in bounded memory; in virtual time. */
class LoginThrottleTest {

    final VirtualTimeScheduler clock = VirtualTimeScheduler.create();
    final LoginThrottle throttle = new LoginThrottle(clock);

    static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text); // IP literals: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void fromTheThirdFailureInARowTheAddressWaitsADelayThatDoublesUpToFiveMinutes() {
        InetAddress attacker = address("192.0.2.7");
        assertThat(throttle.failed(attacker)).isEqualTo(1);
        assertThat(throttle.failed(attacker)).isEqualTo(2);
        assertThat(throttle.blocked(attacker)).as("two failures cost nothing").isZero();
        long[] expectedSeconds = {1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300};
        for (long seconds : expectedSeconds) {
            throttle.failed(attacker);
            assertThat(throttle.blocked(attacker)).isEqualTo(Duration.ofSeconds(seconds));
            clock.advanceTimeBy(Duration.ofSeconds(seconds).minusMillis(1));
            assertThat(throttle.blocked(attacker)).isEqualTo(Duration.ofMillis(1));
            clock.advanceTimeBy(Duration.ofMillis(1));
            assertThat(throttle.blocked(attacker)).as("free again after %d s", seconds).isZero();
        }
    }

    @Test
    void anotherAddressIsNotAffectedAndASuccessStartsAfresh() {
        InetAddress attacker = address("192.0.2.7");
        InetAddress operator = address("192.0.2.8");
        for (int i = 0; i < 5; i++) {
            throttle.failed(attacker);
        }
        assertThat(throttle.blocked(attacker)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.blocked(operator)).isZero();

        throttle.succeeded(attacker);
        assertThat(throttle.blocked(attacker)).isZero();
        assertThat(throttle.failed(attacker)).as("counting starts again").isEqualTo(1);
    }

    @Test
    void anAddressWithoutFailuresForFifteenMinutesStartsAfresh() {
        InetAddress attacker = address("192.0.2.7");
        throttle.failed(attacker);
        throttle.failed(attacker);
        clock.advanceTimeBy(LoginThrottle.FORGET_AFTER.minusSeconds(1));
        assertThat(throttle.failed(attacker)).isEqualTo(3);
        clock.advanceTimeBy(Duration.ofSeconds(1).plus(LoginThrottle.FORGET_AFTER));
        assertThat(throttle.failed(attacker)).isEqualTo(1);
    }

    @Test
    void atMostATrackedNumberOfAddressesTheOldestIsEvicted() {
        InetAddress first = address("10.0.0.0");
        for (int i = 0; i < 3; i++) {
            throttle.failed(first);
        }
        for (int i = 1; i <= LoginThrottle.MAX_ADDRESSES; i++) {
            throttle.failed(address("10.0." + (i / 256) + "." + (i % 256)));
            assertThat(throttle.trackedAddresses()).isLessThanOrEqualTo(LoginThrottle.MAX_ADDRESSES);
        }
        assertThat(throttle.trackedAddresses()).isEqualTo(LoginThrottle.MAX_ADDRESSES);
        assertThat(throttle.blocked(first)).as("the oldest was evicted").isZero();
        assertThat(throttle.failed(address("10.1.0.0"))).isEqualTo(1);
        assertThat(throttle.trackedAddresses()).isEqualTo(LoginThrottle.MAX_ADDRESSES);
    }
}
