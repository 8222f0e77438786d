package io.reactiveocpp.app.ocpplog;

import io.reactiveocpp.session.transport.FrameTap.Direction;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OCPP log's ring: bounded, oldest first, answers named after their CALL, secrets never kept. */
class OcppLogTest {

    private static final String KEY_HEX = "00112233445566778899aabbccddeeff";
    private final OcppLog log = new OcppLog(3, Schedulers.immediate(),
            Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC));

    private List<OcppFrame> frames(String action, int limit) {
        return log.frames(action, limit).block();
    }

    @Test
    void keepsOnlyTheLastFramesOldestFirst() {
        for (int i = 1; i <= 5; i++) {
            log.frame(Direction.OUT, "[2,\"" + i + "\",\"Heartbeat\",{}]");
        }

        assertThat(frames(null, 3)).extracting(OcppFrame::uniqueId).containsExactly("3", "4", "5");
        assertThat(frames(null, 2)).extracting(OcppFrame::uniqueId).containsExactly("4", "5");
        assertThat(frames(null, 3).get(0)).isEqualTo(new OcppFrame("2026-12-05T10:00:00Z", "out", "CALL", "3",
                "Heartbeat", "[2,\"3\",\"Heartbeat\",{}]", 3));
    }

    @Test
    void aStreamSinceAFrameNumberBringsTheFramesKeptAfterItThenNewOnesNoneTwice() {
        for (int i = 1; i <= 5; i++) {
            log.frame(Direction.OUT, "[2,\"" + i + "\",\"Heartbeat\",{}]");
        }
        List<OcppFrame> shown = frames(null, 3); // what a page rendered: numbers 3 to 5
        assertThat(shown).extracting(OcppFrame::seq).containsExactly(3L, 4L, 5L);
        log.frame(Direction.OUT, "[2,\"6\",\"Heartbeat\",{}]"); // between the page's render and its stream

        StepVerifier.create(log.since(5))
                .assertNext(frame -> assertThat(frame.uniqueId()).isEqualTo("6"))
                .then(() -> log.frame(Direction.OUT, "[2,\"7\",\"Heartbeat\",{}]"))
                .assertNext(frame -> assertThat(frame.seq()).isEqualTo(7))
                .thenCancel()
                .verify(java.time.Duration.ofSeconds(5));
        // older than the ring keeps: what is still kept, from the oldest
        StepVerifier.create(log.since(0).take(3)).expectNextMatches(f -> f.seq() == 5)
                .expectNextMatches(f -> f.seq() == 6).expectNextMatches(f -> f.seq() == 7).verifyComplete();
    }

    @Test
    void aStreamSinceAFrameNumberOnTheLogsOwnThreadMissesNoFrameAddedMeanwhile() throws Exception {
        var thread = Schedulers.newSingle("ocpp-log-test");
        try {
            OcppLog threaded = new OcppLog(1000, thread, Clock.systemUTC());
            java.util.concurrent.CompletableFuture<List<Long>> seen = threaded.since(0).take(500)
                    .map(OcppFrame::seq).collectList().toFuture();
            for (int i = 1; i <= 500; i++) { // some kept before the stream's task runs, the rest live
                threaded.frame(Direction.OUT, "[2,\"" + i + "\",\"Heartbeat\",{}]");
            }
            assertThat(seen.get(10, java.util.concurrent.TimeUnit.SECONDS))
                    .isEqualTo(java.util.stream.LongStream.rangeClosed(1, 500).boxed().toList());
        } finally {
            thread.dispose();
        }
    }

    @Test
    void anAnswerCarriesTheActionOfTheCallItAnswersAndTheFilterFindsBoth() {
        log.frame(Direction.OUT, "[2,\"b1\",\"BootNotification\",{\"chargePointVendor\":\"v\",\"chargePointModel\":\"m\"}]");
        log.frame(Direction.IN, "[2,\"b1\",\"Reset\",{\"type\":\"Soft\"}]"); // the backend's own id space
        log.frame(Direction.IN, "[3,\"b1\",{\"status\":\"Accepted\",\"currentTime\":\"2026-12-05T10:00:00Z\",\"interval\":300}]");

        List<OcppFrame> boot = frames("BootNotification", 3);
        assertThat(boot).extracting(OcppFrame::type).containsExactly("CALL", "CALLRESULT");
        assertThat(boot).extracting(OcppFrame::direction).containsExactly("out", "in");

        log.frame(Direction.OUT, "[4,\"b1\",\"NotSupported\",\"no\",{}]");
        assertThat(frames("Reset", 3)).extracting(OcppFrame::type).containsExactly("CALL", "CALLERROR");
        log.frame(Direction.IN, "[3,\"unknown\",{}]");
        assertThat(frames(null, 3).get(2).action()).isNull();
    }

    @Test
    void theAuthorizationKeyOfAChangeConfigurationIsNeverKept() {
        String change = "[2,\"c1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"" + KEY_HEX + "\"}]";
        StepVerifier.create(log.live())
                .then(() -> log.frame(Direction.IN, change))
                .assertNext(frame -> assertThat(frame.text()).doesNotContain(KEY_HEX)
                        .isEqualTo("[2,\"c1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"<removed>\"}]"))
                .then(log::close)
                .verifyComplete();
        assertThat(frames("ChangeConfiguration", 3)).singleElement().satisfies(frame -> {
            assertThat(frame.text()).doesNotContain(KEY_HEX).contains("<removed>");
            assertThat(frame.type()).isEqualTo("CALL");
        });
    }

    @Test
    void secretNamedMembersAndUrlCredentialsAreMaskedEverywhere() {
        log.frame(Direction.OUT, "[3,\"g1\",{\"configurationKey\":[{\"key\":\"FtpPassword\",\"readonly\":false,"
                + "\"value\":\"hunter2\"},{\"key\":\"HeartbeatInterval\",\"readonly\":false,\"value\":\"300\"}]}]");
        log.frame(Direction.IN, "[2,\"d1\",\"GetDiagnostics\",{\"location\":\"ftp://user:pa55@127.0.0.1/logs\"}]");
        log.frame(Direction.IN, "[2,\"x1\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":{\"apiToken\":\"t0k3n\"}}]");

        String all = frames(null, 3).toString();
        assertThat(all).doesNotContain("hunter2", "pa55", "user:", "t0k3n")
                .contains("\"value\":\"300\"", "ftp://***@127.0.0.1/logs");
    }

    @Test
    void aFrameThatIsNotOcppJIsNotKeptOnlyItsLength() {
        log.frame(Direction.IN, "{\"key\":\"AuthorizationKey\",\"value\":\"" + KEY_HEX);

        OcppFrame frame = frames(null, 3).get(0);
        assertThat(frame.type()).isNull();
        assertThat(frame.text()).doesNotContain(KEY_HEX).contains("not an OCPP-J message");
    }

    @Test
    void aVeryLongFrameIsCutAndSaysHowLongItWas() {
        String data = "x".repeat(OcppLog.MAX_TEXT * 2);
        log.frame(Direction.OUT, "[2,\"l1\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":\"" + data + "\"}]");

        String text = frames(null, 1).get(0).text();
        assertThat(text).hasSizeLessThan(OcppLog.MAX_TEXT + 40).endsWith("characters)");
    }
}
