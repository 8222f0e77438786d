package io.reactiveocpp.app.transfer;

import io.reactiveocpp.engine.firmware.FileTransfer;
import io.reactiveocpp.engine.firmware.TransferException;
import io.reactiveocpp.engine.firmware.TransferException.Reason;
import io.reactiveocpp.session.TlsSettings;
import io.reactiveocpp.session.testing.TestCertificates;
import org.apache.ftpserver.ssl.SslConfigurationFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** FTP(S) downloads and uploads against Apache FtpServer on 127.0.0.1. */
class FtpTransferTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long NO_LIMIT = 1L << 40;

    @TempDir
    Path dir;
    private Path root;
    private final byte[] content = new byte[300_000];
    private TestFtpServer server;
    private final FileTransfer transfer = new SchemeTransfer(TransferSettings.of(() -> TlsSettings.DEFAULT));
    private final List<Long> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        new Random(14).nextBytes(content);
        root = Files.createDirectories(dir.resolve("root"));
        Files.write(Files.createDirectories(root.resolve("firmware")).resolve("fw.bin"), content);
        Files.createDirectories(root.resolve("diagnostics"));
        server = new TestFtpServer(root, null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private URI at(String userInfo, String path) {
        return URI.create("ftp://" + userInfo + "@127.0.0.1:" + server.port() + path);
    }

    private Path download(URI location, long maxBytes) {
        return transfer.download(location, dir.resolve("fw.bin"), maxBytes, progress::add).block(WAIT);
    }

    private TransferException failure(Runnable call) {
        return (TransferException) assertThatThrownBy(call::run).isInstanceOf(TransferException.class).actual();
    }

    @Test
    void downloadRetrievesTheWholeFileInBinaryPassiveMode() throws Exception {
        Path file = download(at("bob:s3cret-pw", "/firmware/fw.bin"), NO_LIMIT);

        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(server.commands).contains("USER bob", "TYPE I", "PASV", "SIZE /firmware/fw.bin",
                "RETR /firmware/fw.bin").noneMatch(command -> command.startsWith("REST"));
        assertThat(progress).last().isEqualTo((long) content.length);
    }

    @Test
    void aPartialFileIsResumedWithRestAndOnlyTheRestIsSent() throws Exception {
        Files.write(dir.resolve("fw.bin"), Arrays.copyOf(content, 100_000));

        Path file = download(at("bob:s3cret-pw", "/firmware/fw.bin"), NO_LIMIT);

        assertThat(server.commands).contains("REST 100000");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void aMissingFileIsNotFound() {
        TransferException e = failure(() -> download(at("bob:s3cret-pw", "/firmware/none.bin"), NO_LIMIT));

        assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(e.getMessage()).contains("550");
    }

    @Test
    void wrongCredentialsAreAnAuthenticationFailureThatNamesNoCredentials() {
        try (RootLogCapture logs = new RootLogCapture()) {
            TransferException e = failure(() -> download(at("bob:wrong-pw", "/firmware/fw.bin"), NO_LIMIT));

            assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION);
            assertThat(e.getMessage()).contains("530").doesNotContain("wrong-pw").doesNotContain("bob");
            // the test's server logs what it receives; the client's lines are checked
            assertThat(logs.lines("org.apache.ftpserver", "org.apache.mina")).isNotEmpty()
                    .noneMatch(line -> line.contains("wrong-pw") || line.contains("bob"));
        }
    }

    @Test
    void aClosedPortIsNoConnection() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        URI location = URI.create("ftp://127.0.0.1:" + closed + "/fw.bin");
        assertThat(failure(() -> download(location, NO_LIMIT)).reason()).isEqualTo(Reason.CONNECTION);
    }

    @Test
    void aSizeAboveTheLimitIsTooLargeBeforeRetrieving() {
        TransferException e = failure(() -> download(at("bob:s3cret-pw", "/firmware/fw.bin"), 1000));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(server.commands).noneMatch(command -> command.startsWith("RETR"));
        assertThat(dir.resolve("fw.bin")).doesNotExist();
    }

    @Test
    void withoutSizeTheDownloadIsCutOffAtTheLimit() throws Exception {
        server.refuseSize = true;

        TransferException e = failure(() -> download(at("bob:s3cret-pw", "/firmware/fw.bin"), 100_000));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(server.commands).contains("RETR /firmware/fw.bin");
        assertThat(Files.size(dir.resolve("fw.bin"))).isLessThanOrEqualTo(100_000);
    }

    @Test
    void aConnectionDroppedMidTransferIsInterruptedAndLeavesThePartialFileForAResume() throws Exception {
        byte[] part = Arrays.copyOf(content, 1000);
        try (DroppingFtpServer dropping = new DroppingFtpServer(5000, part)) {
            URI location = URI.create("ftp://127.0.0.1:" + dropping.port() + "/fw.bin");

            assertThat(failure(() -> download(location, NO_LIMIT)).reason()).isEqualTo(Reason.INTERRUPTED);
            assertThat(dropping.commands).contains("RETR");
        }
        assertThat(Files.readAllBytes(dir.resolve("fw.bin"))).isEqualTo(part);
    }

    @Test
    void uploadStoresTheFileUnderItsNameInTheLocationsDirectory() throws Exception {
        Path file = Files.write(dir.resolve("diag.zip"), content);

        transfer.upload(at("bob:s3cret-pw", "/diagnostics/"), file).block(WAIT);

        assertThat(server.commands).contains("CWD /diagnostics/", "STOR diag.zip");
        assertThat(Files.readAllBytes(root.resolve("diagnostics/diag.zip"))).isEqualTo(content);
    }

    @Test
    void uploadToAMissingDirectoryIsNotFound() throws Exception {
        Path file = Files.write(dir.resolve("diag.zip"), content);

        TransferException e = failure(() -> transfer.upload(at("bob:s3cret-pw", "/nowhere/"), file).block(WAIT));

        assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void ftpsEncryptsControlAndDataWithTheSessionsTrust() throws Exception {
        TestCertificates.Issued identity = TestCertificates.selfSigned("127.0.0.1", List.of("localhost"),
                List.of("127.0.0.1"));
        Path ca = identity.writeCertificate(dir.resolve("ca.pem"));
        Path keystore = dir.resolve("server.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", identity.key(), "changeit".toCharArray(), new Certificate[]{identity.certificate()});
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, "changeit".toCharArray());
        }
        SslConfigurationFactory ssl = new SslConfigurationFactory();
        ssl.setKeystoreFile(keystore.toFile());
        ssl.setKeystorePassword("changeit");
        ssl.setKeystoreType("PKCS12");
        ssl.setSslProtocol("TLSv1.2");
        try (TestFtpServer ftps = new TestFtpServer(root, ssl.createSslConfiguration())) {
            URI location = URI.create("ftps://bob:s3cret-pw@127.0.0.1:" + ftps.port() + "/firmware/fw.bin");
            TlsSettings trusting = new TlsSettings(TlsSettings.ServerVerification.FULL,
                    TlsSettings.CipherStrictness.ONLY_SECURE_CIPHERS, ca, null, null);

            Path file = new SchemeTransfer(TransferSettings.of(() -> trusting))
                    .download(location, dir.resolve("fw.bin"), NO_LIMIT, progress::add).block(WAIT);

            assertThat(Files.readAllBytes(file)).isEqualTo(content);
            assertThat(ftps.commands).contains("AUTH TLS", "PBSZ 0", "PROT P");
            // the JDK's trust store does not know the test's certificate
            assertThat(failure(() -> transfer.download(location, dir.resolve("other.bin"), NO_LIMIT, progress::add)
                    .block(WAIT)).reason()).isEqualTo(Reason.CONNECTION);
        }
    }
}
