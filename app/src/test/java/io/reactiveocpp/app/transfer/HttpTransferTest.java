package io.reactiveocpp.app.transfer;

import io.netty.handler.ssl.SslContextBuilder;
import io.reactiveocpp.engine.firmware.FileTransfer;
import io.reactiveocpp.engine.firmware.TransferException;
import io.reactiveocpp.engine.firmware.TransferException.Reason;
import io.reactiveocpp.session.TlsSettings;
import io.reactiveocpp.session.testing.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HTTP(S) downloads and uploads against real servers on 127.0.0.1. */
class HttpTransferTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long NO_LIMIT = 1L << 40;

    @TempDir
    Path dir;
    private final byte[] content = new byte[300_000];
    private TestHttpServer server;
    private final FileTransfer transfer = new SchemeTransfer(TransferSettings.of(() -> TlsSettings.DEFAULT));
    private final List<Long> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        new Random(14).nextBytes(content);
        server = new TestHttpServer(content, null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private Path download(URI location, long maxBytes) {
        return transfer.download(location, dir.resolve("fw.bin"), maxBytes, progress::add).block(WAIT);
    }

    private TransferException failure(Runnable call) {
        return (TransferException) assertThatThrownBy(call::run).isInstanceOf(TransferException.class).actual();
    }

    @Test
    void downloadWritesTheWholeFileAndReportsProgress() throws Exception {
        Path file = download(at("/fw.bin"), NO_LIMIT);

        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(server.ranges).containsExactly("none");
        assertThat(progress).isNotEmpty().last().isEqualTo((long) content.length);
    }

    @Test
    void aPartialFileIsResumedWithARangeAndOnlyTheRestIsSent() throws Exception {
        Files.write(dir.resolve("fw.bin"), Arrays.copyOf(content, 100_000));

        Path file = download(at("/fw.bin"), NO_LIMIT);

        assertThat(server.ranges).containsExactly("bytes=100000-");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void aPartialFileTheServerHasNoRangeForIsReplaced() throws Exception {
        Files.write(dir.resolve("fw.bin"), new byte[content.length + 10]);

        Path file = download(at("/fw.bin"), NO_LIMIT);

        assertThat(server.ranges).containsExactly("bytes=300010-", "none");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void aFewRedirectsAreFollowedButNotALoop() throws Exception {
        assertThat(Files.readAllBytes(download(at("/old/fw.bin"), NO_LIMIT))).isEqualTo(content);

        TransferException e = failure(() -> download(at("/loop"), NO_LIMIT));
        assertThat(e.reason()).isEqualTo(Reason.PROTOCOL);
        assertThat(e.getMessage()).contains("HTTP 302");
        assertThat(server.loops).hasValue(1 + HttpClients.MAX_REDIRECTS);
    }

    @Test
    void aMissingFileIsNotFound() {
        assertThat(failure(() -> download(at("/nothing.bin"), NO_LIMIT)).reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void aClosedPortIsNoConnection() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        URI location = URI.create("http://127.0.0.1:" + closed + "/fw.bin");
        assertThat(failure(() -> download(location, NO_LIMIT)).reason()).isEqualTo(Reason.CONNECTION);
    }

    @Test
    void credentialsFromTheUserInfoAreSentAsBasicAuthentication() throws Exception {
        URI location = URI.create("http://bob:s3cret-pw@127.0.0.1:" + server.port() + "/secret/fw.bin");

        assertThat(Files.readAllBytes(download(location, NO_LIMIT))).isEqualTo(content);
    }

    @Test
    void wrongCredentialsAreAnAuthenticationFailureThatNamesNoCredentials() {
        URI location = URI.create("http://bob:wrong-pw@127.0.0.1:" + server.port() + "/secret/fw.bin");
        try (RootLogCapture logs = new RootLogCapture()) {
            TransferException e = failure(() -> download(location, NO_LIMIT));

            assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION);
            assertThat(e.getMessage()).contains("***@127.0.0.1").doesNotContain("wrong-pw").doesNotContain("bob");
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains("wrong-pw") || line.contains("bob"));
        }
    }

    @Test
    void aContentLengthAboveTheLimitIsTooLargeBeforeAnythingIsWritten() {
        TransferException e = failure(() -> download(at("/fw.bin"), content.length - 1));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(dir.resolve("fw.bin")).doesNotExist();
    }

    @Test
    void aBodyWithoutLengthIsCutOffAtTheLimit() throws Exception {
        TransferException e = failure(() -> download(at("/stream.bin"), 100_000));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(Files.size(dir.resolve("fw.bin"))).isLessThanOrEqualTo(100_000);
    }

    @Test
    void aConnectionDroppedMidBodyIsInterruptedAndLeavesThePartialFileForAResume() throws Exception {
        byte[] part = Arrays.copyOf(content, 1000);
        try (OneShotServer dropping = new OneShotServer("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n", part)) {
            URI location = URI.create("http://127.0.0.1:" + dropping.port() + "/fw.bin");

            assertThat(failure(() -> download(location, NO_LIMIT)).reason()).isEqualTo(Reason.INTERRUPTED);
        }
        assertThat(Files.readAllBytes(dir.resolve("fw.bin"))).isEqualTo(part);
    }

    @Test
    void moreThanTheFreeDiskSpaceIsADiskFailureBeforeAnythingIsWritten() throws Exception {
        long free = Files.getFileStore(dir).getUsableSpace();
        String head = "HTTP/1.1 200 OK\r\nContent-Length: " + (free + (1L << 30)) + "\r\n\r\n";
        try (OneShotServer huge = new OneShotServer(head, new byte[10])) {
            URI location = URI.create("http://127.0.0.1:" + huge.port() + "/fw.bin");

            assertThat(failure(() -> download(location, Long.MAX_VALUE)).reason()).isEqualTo(Reason.DISK);
        }
        assertThat(dir.resolve("fw.bin")).doesNotExist();
    }

    @Test
    void uploadPutsTheFileUnderItsNameBelowTheLocation() throws Exception {
        Path file = Files.write(dir.resolve("diag.zip"), content);

        transfer.upload(at("/up"), file).block(WAIT);
        transfer.upload(at("/up/"), file).block(WAIT);

        assertThat(server.received).containsOnlyKeys("PUT /up/diag.zip");
        assertThat(server.received.get("PUT /up/diag.zip")).isEqualTo(content);
    }

    @Test
    void aRefusedPutFallsBackToAMultipartPostToTheLocation() throws Exception {
        Path file = Files.write(dir.resolve("diag.zip"), "log lines".getBytes(StandardCharsets.UTF_8));

        transfer.upload(at("/post-only"), file).block(WAIT);

        assertThat(server.contentTypes.get("POST /post-only")).startsWith("multipart/form-data; boundary=");
        String body = new String(server.received.get("POST /post-only"), StandardCharsets.UTF_8);
        assertThat(body).contains("Content-Disposition: form-data; name=\"file\"; filename=\"diag.zip\"")
                .contains("\r\n\r\nlog lines\r\n--");
    }

    @Test
    void anUnknownSchemeIsUnsupportedAndNamed() {
        TransferException e = failure(() -> download(URI.create("sftp://127.0.0.1/fw.bin"), NO_LIMIT));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
        assertThat(e.getMessage()).contains("'sftp'");
    }

    @Test
    void httpsTrustsWhatTheSessionsTlsSettingsTrust() throws Exception {
        TestCertificates.Issued identity = TestCertificates.selfSigned("127.0.0.1", List.of("localhost"),
                List.of("127.0.0.1"));
        Path ca = identity.writeCertificate(dir.resolve("ca.pem"));
        try (TestHttpServer https = new TestHttpServer(content,
                SslContextBuilder.forServer(identity.key(), identity.certificate()).build())) {
            URI location = URI.create("https://127.0.0.1:" + https.port() + "/fw.bin");
            TlsSettings trusting = new TlsSettings(TlsSettings.ServerVerification.FULL,
                    TlsSettings.CipherStrictness.ONLY_SECURE_CIPHERS, ca, null, null);

            Path file = new SchemeTransfer(TransferSettings.of(() -> trusting))
                    .download(location, dir.resolve("fw.bin"), NO_LIMIT, progress::add).block(WAIT);
            assertThat(Files.readAllBytes(file)).isEqualTo(content);

            // the JDK's trust store does not know the test's certificate
            assertThat(failure(() -> download(location, NO_LIMIT)).reason()).isEqualTo(Reason.CONNECTION);
        }
    }
}
