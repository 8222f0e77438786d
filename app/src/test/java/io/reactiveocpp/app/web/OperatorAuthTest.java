package io.reactiveocpp.app.web;

import io.reactiveocpp.app.web.OperatorAuth.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HTTP Basic checks and what counts as a login, in virtual time. */
class OperatorAuthTest {

    static final String PASSWORD = "correct horse battery";
    static PasswordHash hash;

    final VirtualTimeScheduler clock = VirtualTimeScheduler.create();

    @BeforeAll
    static void hash() {
        hash = PasswordHash.create(PASSWORD);
    }

    static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void thereIsNoOpenModeWithoutAPassword() {
        assertThatThrownBy(() -> new OperatorAuth(null, clock)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("admin password");
        assertThat(Verdict.values()).extracting(Verdict::name).containsExactly("ALLOWED", "LOGIN", "DENIED");
    }

    @Test
    void missingMalformedAndWrongCredentialsAreDenied() {
        OperatorAuth auth = new OperatorAuth(hash, clock);
        assertThat(auth.verify(null, true)).isEqualTo(Verdict.DENIED);
        assertThat(auth.verify("Bearer abc", true)).isEqualTo(Verdict.DENIED);
        assertThat(auth.verify("Basic !!!not-base64", true)).isEqualTo(Verdict.DENIED);
        assertThat(auth.verify(basic("admin"), true)).as("no colon").isEqualTo(Verdict.DENIED);
        assertThat(auth.verify(basic("operator:" + PASSWORD), true)).isEqualTo(Verdict.DENIED);
        assertThat(auth.verify(basic("admin:" + PASSWORD.toUpperCase()), true)).isEqualTo(Verdict.DENIED);
        assertThat(auth.verify("basic " + basic("admin:" + PASSWORD).substring(6), true)).as("scheme in any case")
                .isEqualTo(Verdict.LOGIN);
    }

    @Test
    void aLoginIsTheFirstValidRequestAfterAQuietMinute() {
        OperatorAuth auth = new OperatorAuth(hash, clock);
        String valid = basic("admin:" + PASSWORD);

        assertThat(auth.remembered(valid, true)).as("nothing verified yet: needs PBKDF2").isNull();
        assertThat(auth.verify(valid, true)).isEqualTo(Verdict.LOGIN);
        clock.advanceTimeBy(Duration.ofSeconds(59));
        assertThat(auth.remembered(valid, true)).isEqualTo(Verdict.ALLOWED);
        clock.advanceTimeBy(Duration.ofSeconds(59));
        assertThat(auth.remembered(valid, true)).as("every valid request restarts the minute").isEqualTo(Verdict.ALLOWED);
        assertThat(auth.verify(valid, true)).isEqualTo(Verdict.ALLOWED);
        clock.advanceTimeBy(Duration.ofSeconds(60));
        assertThat(auth.remembered(valid, true)).as("after a quiet minute: a login, still without PBKDF2")
                .isEqualTo(Verdict.LOGIN);
        assertThat(auth.verify(valid, true)).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aVerifiedHeaderIsRememberedForFiveMinutesSinceItsLastUse() {
        OperatorAuth auth = new OperatorAuth(hash, clock);
        String valid = basic("admin:" + PASSWORD);
        assertThat(auth.verify(valid, true)).isEqualTo(Verdict.LOGIN);
        for (int i = 0; i < 3; i++) {
            clock.advanceTimeBy(Duration.ofMinutes(4));
            assertThat(auth.remembered(valid, false)).as("each use keeps it").isEqualTo(Verdict.ALLOWED);
        }
        clock.advanceTimeBy(OperatorAuth.REMEMBER_FOR);
        assertThat(auth.remembered(valid, false)).as("forgotten five minutes after the last use").isNull();
        assertThat(auth.derivations()).isEqualTo(1);
        assertThat(auth.verify(valid, false)).isEqualTo(Verdict.ALLOWED);
        assertThat(auth.derivations()).isEqualTo(2);
    }

    @Test
    void severalHeadersAreRememberedAtOnceUpToTheBound() {
        OperatorAuth auth = new OperatorAuth(hash, clock);
        String browser = basic("admin:" + PASSWORD);
        String scraper = "basic " + browser.substring(6); // the same credentials, another header
        auth.verify(browser, true);
        auth.verify(scraper, false);
        for (int i = 0; i < 10; i++) {
            assertThat(auth.remembered(browser, true)).isEqualTo(Verdict.ALLOWED);
            assertThat(auth.remembered(scraper, false)).isEqualTo(Verdict.ALLOWED);
        }
        assertThat(auth.derivations()).as("one PBKDF2 per header, not one per alternation").isEqualTo(2);

        // headers that differ only in Base64 padding whitespace are other headers: fill the cache past its bound
        for (int i = 1; i <= OperatorAuth.REMEMBERED; i++) {
            assertThat(auth.verify(browser + " ".repeat(i), true)).isEqualTo(Verdict.ALLOWED);
        }
        assertThat(auth.remembered(scraper, false)).as("the least recently used ones were forgotten").isNull();
    }

    @Test
    void aRequestThatCannotLogInIsNeverALoginAndDoesNotKeepTheWindowOpen() {
        OperatorAuth auth = new OperatorAuth(hash, clock);
        String valid = basic("admin:" + PASSWORD);
        assertThat(auth.verify(valid, false)).as("a first scrape").isEqualTo(Verdict.ALLOWED);
        for (int i = 0; i < 8; i++) {
            clock.advanceTimeBy(Duration.ofSeconds(15));
            assertThat(auth.remembered(valid, false)).isEqualTo(Verdict.ALLOWED);
        }
        assertThat(auth.remembered(valid, true)).as("the operator, with scrapes all along").isEqualTo(Verdict.LOGIN);
        clock.advanceTimeBy(Duration.ofSeconds(61));
        assertThat(auth.remembered(valid, false)).as("a scrape after the login window").isEqualTo(Verdict.ALLOWED);
        assertThat(auth.remembered(valid, true)).isEqualTo(Verdict.LOGIN);
    }

    @Test
    void aWrongPasswordIsNeverTakenForTheRememberedOne() {
        OperatorAuth auth = new OperatorAuth(hash, clock);
        assertThat(auth.verify(basic("admin:" + PASSWORD), true)).isEqualTo(Verdict.LOGIN);

        String wrong = basic("admin:" + PASSWORD + "!");
        assertThat(auth.remembered(wrong, true)).isNull();
        assertThat(auth.verify(wrong, true)).isEqualTo(Verdict.DENIED);
        assertThat(auth.remembered(basic("admin:" + PASSWORD), true)).as("and it does not end the login")
                .isEqualTo(Verdict.ALLOWED);
        String sameInOtherCase = "basic " + basic("admin:" + PASSWORD).substring(6);
        assertThat(auth.remembered(sameInOtherCase, true)).as("another header: PBKDF2 again").isNull();
        assertThat(auth.verify(sameInOtherCase, true)).as("but the same login").isEqualTo(Verdict.ALLOWED);
    }
}
