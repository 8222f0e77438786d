package io.reactiveocpp.app.transfer;

import io.reactiveocpp.engine.firmware.FileTransfer;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** {@code http://} and {@code https://} transfers on Reactor Netty's HTTP client (see {@link HttpDownload}, {@link HttpUpload}). */
final class HttpTransfer implements FileTransfer {

    private final HttpDownload download;
    private final HttpUpload upload;

    HttpTransfer(TransferSettings settings) {
        download = new HttpDownload(settings);
        upload = new HttpUpload(settings);
    }

    @Override
    public Mono<Path> download(URI location, Path target, long maxBytes, LongConsumer progress) {
        return download.download(location, target, maxBytes, progress);
    }

    @Override
    public Mono<Void> upload(URI location, Path file) {
        return upload.upload(location, file);
    }
}
