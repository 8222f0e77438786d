package io.reactiveocpp.engine.firmware;

import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * How the engine moves files to and from a backend's servers (UpdateFirmware, SignedUpdateFirmware, GetDiagnostics,
 * GetLog): {@code http}, {@code https}, {@code ftp} and {@code ftps} locations. The app implements it (Reactor Netty's
 * HTTP client with the session's trust settings, Apache Commons Net in passive mode); the engine only retries,
 * schedules and reports. Credentials may be in the URI's user-info; an implementation never logs them.
 *
 * <p>Both methods are lazy and complete on a thread of the implementation; callers publish on their own scheduler.
 * They fail with {@link TransferException}, whose {@link TransferException.Reason} says what went wrong.
 */
public interface FileTransfer {

    /**
     * Downloads {@code location} into {@code target}, at most {@code maxBytes}. A partial {@code target} left by an
     * earlier attempt is resumed where the server allows it (HTTP {@code Range}, FTP {@code REST}), else replaced.
     * Free disk space is checked first when the size is known. On failure a partial file stays for a resume; the
     * caller deletes it when it gives up.
     *
     * @param progress called with the bytes received so far, now and then (on the implementation's thread)
     * @return the target, complete
     */
    Mono<Path> download(URI location, Path target, long maxBytes, LongConsumer progress);

    /**
     * Uploads {@code file} to {@code location}: FTP(S) {@code STOR} into the location's directory under the file's
     * name; HTTP(S) {@code PUT} to the location + the file's name, and {@code POST} multipart/form-data to the location
     * when PUT is refused (405, 501).
     */
    Mono<Void> upload(URI location, Path file);

    /** A transfer that is not available: every call fails with {@link TransferException.Reason#UNSUPPORTED}. */
    FileTransfer UNAVAILABLE = new FileTransfer() {
        @Override
        public Mono<Path> download(URI location, Path target, long maxBytes, LongConsumer progress) {
            return Mono.error(new TransferException(TransferException.Reason.UNSUPPORTED, "no file transfer here"));
        }

        @Override
        public Mono<Void> upload(URI location, Path file) {
            return Mono.error(new TransferException(TransferException.Reason.UNSUPPORTED, "no file transfer here"));
        }
    };
}
