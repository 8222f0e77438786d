package io.reactiveocpp.engine.firmware;

/** Why a {@link FileTransfer} failed; the message never holds credentials. */
public final class TransferException extends RuntimeException {

    /** What went wrong, as far as a retry policy cares. */
    public enum Reason {
        /** A scheme this transfer does not speak, or no transfer at all. */
        UNSUPPORTED,
        /** The location is not there (HTTP 404, FTP 550). */
        NOT_FOUND,
        /** The credentials were refused (HTTP 401/403, FTP 530). */
        AUTHENTICATION,
        /** No connection (refused, unreachable, TLS handshake failed). */
        CONNECTION,
        /** The connection dropped or timed out mid-transfer. */
        INTERRUPTED,
        /** More than the allowed size. */
        TOO_LARGE,
        /** Not enough free disk space, or the file could not be written. */
        DISK,
        /** The server answered something else it should not have. */
        PROTOCOL
    }

    private final Reason reason;

    public TransferException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public TransferException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
