package io.reactiveocpp.app.transfer;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.reactiveocpp.engine.firmware.TransferException;
import io.reactiveocpp.engine.firmware.TransferException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClientResponse;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * One HTTP(S) GET into a file, streamed: the body is written chunk by chunk on boundedElastic as it arrives
 * (Reactor Netty reads the next chunk on demand, so no more than a few chunks are ever in memory).
 *
 * <p>A partial target is resumed with {@code Range: bytes=N-}: 206 appends, 200 starts over, 416 (the server has
 * no such range: the partial file is not a prefix of this one) starts over without a range. The Content-Length is
 * checked against the limit and the free disk space before anything is written; a body without one is cut off at
 * the limit.
 */
final class HttpDownload {

    private static final Logger LOG = LoggerFactory.getLogger(HttpDownload.class);
    /** Chunks buffered between the event loop and the writing thread. */
    private static final int CHUNKS_IN_FLIGHT = 8;

    private final TransferSettings settings;

    HttpDownload(TransferSettings settings) {
        this.settings = settings;
    }

    Mono<Path> download(URI location, Path target, long maxBytes, LongConsumer progress) {
        String shown = Locations.redact(location);
        return Mono.fromCallable(() -> TargetFile.partialLength(target))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(partial -> get(location, target, partial, maxBytes, progress, shown)
                        .onErrorResume(RangeRefused.class,
                                refused -> get(location, target, 0, maxBytes, progress, shown)))
                .onErrorMap(error -> HttpFailures.explain(error, "download of", shown))
                .doOnSuccess(path -> LOG.info("downloaded {} into {}", shown, path))
                .doOnError(error -> LOG.warn("download failed: {}", error.getMessage()));
    }

    private Mono<Path> get(URI location, Path target, long partial, long maxBytes, LongConsumer progress,
                           String shown) {
        if (partial > 0) {
            LOG.info("download of {}: resuming after the {} bytes already in {}", shown, partial, target);
        } else {
            LOG.info("download of {} into {}", shown, target);
        }
        return HttpClients.create(location, settings)
                .headers(headers -> {
                    if (partial > 0) {
                        headers.set(HttpHeaderNames.RANGE, "bytes=" + partial + "-");
                    }
                })
                .get().uri(Locations.withoutUserInfo(location))
                .response((response, body) -> receive(response, body, target, partial, maxBytes, progress, shown))
                .next();
    }

    /** On the event loop: decides from the answer's head; the body is written on boundedElastic. */
    private Mono<Path> receive(HttpClientResponse response, ByteBufFlux body, Path target, long partial,
                               long maxBytes, LongConsumer progress, String shown) {
        int status = response.status().code();
        boolean append = status == 206 && partial > 0;
        if (status == 416 && partial > 0) {
            return Mono.error(new RangeRefused());
        }
        if (status != 200 && !append) {
            return Mono.error(HttpFailures.status(status, "download of", shown));
        }
        if (append && !contentRangeStartsAt(response.responseHeaders().get(HttpHeaderNames.CONTENT_RANGE), partial)) {
            return Mono.error(new TransferException(Reason.PROTOCOL, "download of " + shown
                    + ": 206 with a Content-Range not starting at byte " + partial));
        }
        long length = HttpClients.contentLength(response.responseHeaders());
        long total = length < 0 ? -1 : length + (append ? partial : 0);
        if (total > maxBytes) {
            return Mono.error(new TransferException(Reason.TOO_LARGE, "download of " + shown + ": " + total
                    + " bytes, more than the limit of " + maxBytes));
        }
        return Mono.fromCallable(() -> TargetFile.open(target, append, length, maxBytes, progress, "download of "
                        + shown))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(file -> body.asByteArray()
                        .publishOn(Schedulers.boundedElastic(), CHUNKS_IN_FLIGHT)
                        .doOnNext(file::write)
                        .then(Mono.fromCallable(() -> {
                            file.finish(total);
                            return target;
                        }))
                        .doFinally(signal -> file.close()));
    }

    /** {@code bytes START-END/TOTAL} with START = {@code partial}. */
    private static boolean contentRangeStartsAt(String contentRange, long partial) {
        if (contentRange == null || !contentRange.startsWith("bytes ")) {
            return false;
        }
        int dash = contentRange.indexOf('-');
        try {
            return dash > 6 && Long.parseLong(contentRange.substring(6, dash).trim()) == partial;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** 416: the partial file is no prefix the server knows; start over. */
    private static final class RangeRefused extends RuntimeException {
        RangeRefused() {
            super("416", null, false, false);
        }
    }
}
