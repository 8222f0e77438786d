package io.reactiveocpp.app.transfer;

import io.reactiveocpp.engine.firmware.FileTransfer;
import io.reactiveocpp.engine.firmware.TransferException;
import io.reactiveocpp.engine.firmware.TransferException.Reason;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The service's {@link FileTransfer}: {@code http} and {@code https} on Reactor Netty's HTTP client,
 * {@code ftp} and {@code ftps} on Apache Commons Net, chosen by the location's scheme; any other scheme fails
 * with {@link Reason#UNSUPPORTED} naming it. Blocking work (FTP, file I/O) runs on Reactor's boundedElastic,
 * never on an event loop. Locations are shown only without their user-info ({@link Locations#redact(URI)}).
 */
public final class SchemeTransfer implements FileTransfer {

    private final FileTransfer http;
    private final FileTransfer ftp;

    public SchemeTransfer(TransferSettings settings) {
        http = new HttpTransfer(settings);
        ftp = new FtpTransfer(settings);
    }

    @Override
    public Mono<Path> download(URI location, Path target, long maxBytes, LongConsumer progress) {
        return Mono.defer(() -> {
            if (maxBytes <= 0) {
                return Mono.error(new IllegalArgumentException("maxBytes must be positive, not " + maxBytes));
            }
            return choose(location).download(location, target, maxBytes, progress);
        });
    }

    @Override
    public Mono<Void> upload(URI location, Path file) {
        return Mono.defer(() -> choose(location).upload(location, file));
    }

    private FileTransfer choose(URI location) {
        String scheme = location.getScheme() == null ? "" : location.getScheme().toLowerCase(Locale.ROOT);
        FileTransfer chosen = switch (scheme) {
            case "http", "https" -> http;
            case "ftp", "ftps" -> ftp;
            default -> throw new TransferException(Reason.UNSUPPORTED, "location " + Locations.redact(location)
                    + ": the scheme '" + scheme + "' is not supported (http, https, ftp, ftps are)");
        };
        if (location.getHost() == null) {
            throw new TransferException(Reason.PROTOCOL, "location " + Locations.redact(location) + " has no host");
        }
        return chosen;
    }
}
