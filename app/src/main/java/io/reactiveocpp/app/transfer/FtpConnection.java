package io.reactiveocpp.app.transfer;

import io.reactiveocpp.engine.firmware.TransferException;
import io.reactiveocpp.engine.firmware.TransferException.Reason;
import io.reactiveocpp.session.TlsSettings;
import io.reactiveocpp.session.transport.TlsClients;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;

/**
 * One logged-in FTP(S) control connection (Apache Commons Net, blocking: boundedElastic only): passive mode,
 * binary type, the user-info's credentials or {@code anonymous}; {@code ftps://} is explicit FTPS ({@code AUTH TLS},
 * then {@code PBSZ 0} and {@code PROT P} so that data is encrypted too) with the session's trust settings.
 */
final class FtpConnection implements AutoCloseable {

    private final FTPClient client;
    private final String shown;
    private final Locations.Credentials credentials;

    private FtpConnection(FTPClient client, String shown, Locations.Credentials credentials) {
        this.client = client;
        this.shown = shown;
        this.credentials = credentials;
    }

    /** Connects and logs in; fails with CONNECTION, AUTHENTICATION or PROTOCOL. */
    static FtpConnection open(URI location, TransferSettings settings, String what) {
        Locations.Credentials given = Locations.credentials(location);
        Locations.Credentials credentials = given != null ? given : new Locations.Credentials("anonymous", "anonymous@");
        boolean secure = "ftps".equalsIgnoreCase(location.getScheme());
        String shown = what + " " + Locations.redact(location);
        FTPClient client = secure ? secureClient(settings.tls().get(), shown) : new FTPClient();
        FtpConnection connection = new FtpConnection(client, shown, credentials);
        client.setConnectTimeout((int) settings.connectTimeout().toMillis());
        client.setDefaultTimeout((int) settings.readTimeout().toMillis());
        client.setDataTimeout(settings.readTimeout());
        try {
            client.connect(location.getHost(), location.getPort() < 0 ? FTP.DEFAULT_PORT : location.getPort());
            if (!FTPReply.isPositiveCompletion(client.getReplyCode())) {
                throw connection.refused("greeting");
            }
            if (!client.login(credentials.user(), credentials.password())) {
                throw connection.refused("login");
            }
            if (secure) {
                ((FTPSClient) client).execPBSZ(0);
                ((FTPSClient) client).execPROT("P");
            }
            client.enterLocalPassiveMode();
            if (!client.setFileType(FTP.BINARY_FILE_TYPE)) {
                throw connection.refused("TYPE I");
            }
            return connection;
        } catch (IOException e) {
            connection.close();
            throw connection.failed(e, true);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static FTPSClient secureClient(TlsSettings tls, String shown) {
        try {
            FTPSClient client = new FTPSClient(false); // explicit: AUTH TLS on the control connection
            client.setTrustManager(TlsClients.trustManager(tls));
            client.setKeyManager(TlsClients.keyManager(tls));
            client.setEndpointCheckingEnabled(tls.serverVerification() == TlsSettings.ServerVerification.FULL);
            if (tls.cipherStrictness() == TlsSettings.CipherStrictness.ONLY_SECURE_CIPHERS) {
                List<String> supported = Arrays.asList(SSLContext.getDefault().getSupportedSSLParameters()
                        .getCipherSuites());
                client.setEnabledProtocols(new String[]{"TLSv1.3", "TLSv1.2"});
                client.setEnabledCipherSuites(TlsSettings.CipherStrictness.SECURE_SUITES.stream()
                        .filter(supported::contains).toArray(String[]::new));
            }
            return client;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TransferException(Reason.CONNECTION, shown + ": cannot set up TLS: " + e.getMessage(), e);
        }
    }

    FTPClient client() {
        return client;
    }

    /** The failure the last reply means, for the step {@code step}. */
    TransferException refused(String step) {
        int code = client.getReplyCode();
        Reason reason = switch (code) {
            case 530, 331, 332, 532 -> Reason.AUTHENTICATION;
            case 550, 450 -> Reason.NOT_FOUND;
            case 552 -> Reason.TOO_LARGE;
            case 421, 425 -> Reason.CONNECTION;
            case 426 -> Reason.INTERRUPTED;
            default -> Reason.PROTOCOL;
        };
        return new TransferException(reason, shown + ": " + step + " refused: " + scrub(client.getReplyString()));
    }

    /** An I/O error as a failure: before the login no connection, later an interrupted transfer. */
    TransferException failed(IOException error, boolean connecting) {
        boolean noConnection = error instanceof ConnectException || error instanceof UnknownHostException
                || error instanceof NoRouteToHostException || error instanceof SSLException;
        Reason reason = connecting || noConnection ? Reason.CONNECTION : Reason.INTERRUPTED;
        return new TransferException(reason, shown + ": " + scrub(String.valueOf(error.getMessage())), error);
    }

    /** A server may echo the user name ("331 Password required for bob"): it is not shown. */
    private String scrub(String text) {
        String result = text == null ? "" : text.trim();
        if (!credentials.user().isEmpty()) {
            result = result.replace(credentials.user(), "***");
        }
        if (!credentials.password().isEmpty()) {
            result = result.replace(credentials.password(), "***");
        }
        return result;
    }

    @Override
    public void close() {
        if (!client.isConnected()) {
            return;
        }
        try {
            client.logout();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            client.disconnect();
        } catch (IOException e) {
            // closed
        }
    }
}
