package io.reactiveocpp.app.web;

import io.reactiveocpp.app.web.OperatorAuth.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

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
    void withoutAPasswordEveryRequestIsOpenAndNobodyLogsIn() {
        OperatorAuth auth = new OperatorAuth(null, clock);
        assertThat(auth.remembered(null)).isEqualTo(Verdict.OPEN);
        assertThat(auth.verify(basic("admin:whatever"))).isEqualTo(Verdict.OPEN);
    }

    @Test
    void missingMalformedAndWrongCredentialsAreDenied() {
        OperatorAuth auth = new OperatorAuth(hash, clock);
        assertThat(auth.verify(null)).isEqualTo(Verdict.DENIED);
        assertThat(auth.verify("Bearer abc")).isEqualTo(Verdict.DENIED);
        assertThat(auth.verify("Basic !!!not-base64")).isEqualTo(Verdict.DENIED);
        assertThat(auth.verify(basic("admin"))).as("no colon").isEqualTo(Verdict.DENIED);
        assertThat(auth.verify(basic("operator:" + PASSWORD))).isEqualTo(Verdict.DENIED);
        assertThat(auth.verify(basic("admin:" + PASSWORD.toUpperCase()))).isEqualTo(Verdict.DENIED);
        assertThat(auth.verify("basic " + basic("admin:" + PASSWORD).substring(6))).as("scheme in any case")
                .isEqualTo(Verdict.LOGIN);
    }

    @Test
    void aLoginIsTheFirstValidRequestAfterAQuietMinute() {
        OperatorAuth auth = new OperatorAuth(hash, clock);
        String valid = basic("admin:" + PASSWORD);

        assertThat(auth.remembered(valid)).as("nothing verified yet: needs PBKDF2").isNull();
        assertThat(auth.verify(valid)).isEqualTo(Verdict.LOGIN);
        clock.advanceTimeBy(Duration.ofSeconds(59));
        assertThat(auth.remembered(valid)).isEqualTo(Verdict.ALLOWED);
        clock.advanceTimeBy(Duration.ofSeconds(59));
        assertThat(auth.remembered(valid)).as("every valid request restarts the minute").isEqualTo(Verdict.ALLOWED);
        assertThat(auth.verify(valid)).isEqualTo(Verdict.ALLOWED);
        clock.advanceTimeBy(Duration.ofSeconds(60));
        assertThat(auth.remembered(valid)).as("forgotten after a quiet minute").isNull();
        assertThat(auth.verify(valid)).isEqualTo(Verdict.LOGIN);
    }

    @Test
    void aWrongPasswordIsNeverTakenForTheRememberedOne() {
        OperatorAuth auth = new OperatorAuth(hash, clock);
        assertThat(auth.verify(basic("admin:" + PASSWORD))).isEqualTo(Verdict.LOGIN);

        String wrong = basic("admin:" + PASSWORD + "!");
        assertThat(auth.remembered(wrong)).isNull();
        assertThat(auth.verify(wrong)).isEqualTo(Verdict.DENIED);
        assertThat(auth.remembered(basic("admin:" + PASSWORD))).as("and it does not end the login")
                .isEqualTo(Verdict.ALLOWED);
        String sameInOtherCase = "basic " + basic("admin:" + PASSWORD).substring(6);
        assertThat(auth.remembered(sameInOtherCase)).as("another header: PBKDF2 again").isNull();
        assertThat(auth.verify(sameInOtherCase)).as("but the same login").isEqualTo(Verdict.ALLOWED);
    }
}
