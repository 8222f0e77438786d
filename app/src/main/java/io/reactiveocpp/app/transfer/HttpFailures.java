package io.reactiveocpp.app.transfer;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import io.reactiveocpp.engine.firmware.TransferException;
import io.reactiveocpp.engine.firmware.TransferException.Reason;
import reactor.netty.http.client.PrematureCloseException;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;

/** What an HTTP(S) transfer's status codes and Netty's errors mean as {@link TransferException}s. */
final class HttpFailures {

    private HttpFailures() {
    }

    /** The failure of an answer with {@code status}; {@code shown} is the redacted location. */
    static TransferException status(int status, String what, String shown) {
        Reason reason = switch (status) {
            case 404, 410 -> Reason.NOT_FOUND;
            case 401, 403, 407 -> Reason.AUTHENTICATION;
            case 413 -> Reason.TOO_LARGE;
            default -> Reason.PROTOCOL;
        };
        String note = status / 100 == 3 ? " (more than " + HttpClients.MAX_REDIRECTS + " redirects?)" : "";
        return new TransferException(reason, what + " " + shown + ": HTTP " + status + note);
    }

    /** {@code error} as a transfer failure; a {@link TransferException} stays as it is. */
    static TransferException explain(Throwable error, String what, String shown) {
        if (error instanceof TransferException) {
            return (TransferException) error;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PrematureCloseException || t instanceof ReadTimeoutException) {
                return failure(Reason.INTERRUPTED, what, shown, "the connection dropped or went silent", error);
            }
            if (t instanceof ConnectException || t instanceof ConnectTimeoutException
                    || t instanceof UnknownHostException) {
                return failure(Reason.CONNECTION, what, shown, "no connection", error);
            }
            if (t instanceof SSLException) {
                return failure(Reason.CONNECTION, what, shown, "TLS failed", error);
            }
            if (t instanceof IllegalArgumentException) {
                return failure(Reason.CONNECTION, what, shown, "cannot set up the connection", error);
            }
        }
        Reason reason = error instanceof IOException ? Reason.INTERRUPTED : Reason.PROTOCOL;
        return failure(reason, what, shown, "failed", error);
    }

    private static TransferException failure(Reason reason, String what, String shown, String summary,
                                             Throwable error) {
        // Netty's messages name addresses, never the user-info (requests carry no user-info in their URI)
        return new TransferException(reason, what + " " + shown + ": " + summary + " (" + error.getMessage() + ")",
                error);
    }
}
