package io.reactiveocpp.app.transfer;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.reactiveocpp.engine.firmware.TransferException;
import io.reactiveocpp.engine.firmware.TransferException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * One HTTP(S) upload: {@code PUT} of the file to the location + "/" + its name; when the server refuses PUT (405
 * Method Not Allowed, 501 Not Implemented), {@code POST} of a multipart/form-data body to the location itself, the
 * file in the field {@code file} with its name. The file is streamed from disk on boundedElastic, never held whole.
 */
final class HttpUpload {

    private static final Logger LOG = LoggerFactory.getLogger(HttpUpload.class);

    private final TransferSettings settings;

    HttpUpload(TransferSettings settings) {
        this.settings = settings;
    }

    Mono<Void> upload(URI location, Path file) {
        String shown = Locations.redact(location);
        String name = file.getFileName().toString();
        return Mono.fromCallable(() -> size(file))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(size -> put(location, file, name, size)
                        .flatMap(status -> {
                            if (status == 405 || status == 501) {
                                LOG.info("upload to {}: PUT refused ({}), sending a multipart POST", shown, status);
                                return post(location, file, name, size);
                            }
                            return Mono.just(status);
                        }))
                .flatMap(status -> status / 100 == 2 ? Mono.<Void>empty()
                        : Mono.error(HttpFailures.status(status, "upload to", shown)))
                .onErrorMap(error -> HttpFailures.explain(error, "upload to", shown))
                .doOnSuccess(done -> LOG.info("uploaded {} to {}", name, shown))
                .doOnError(error -> LOG.warn("upload failed: {}", error.getMessage()));
    }

    private Mono<Integer> put(URI location, Path file, String name, long size) {
        return HttpClients.create(location, settings)
                .headers(headers -> headers.set(HttpHeaderNames.CONTENT_LENGTH, size)
                        .set(HttpHeaderNames.CONTENT_TYPE, "application/octet-stream"))
                .put().uri(Locations.child(location, name))
                .send(FileChunks.of(file).map(Unpooled::wrappedBuffer))
                .response((response, body) -> body.then(Mono.just(response.status().code())))
                .next();
    }

    private Mono<Integer> post(URI location, Path file, String name, long size) {
        String boundary = "----reactive-ocpp-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + name.replace("\"", "%22") + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return HttpClients.create(location, settings)
                .headers(headers -> headers.set(HttpHeaderNames.CONTENT_LENGTH, head.length + size + tail.length)
                        .set(HttpHeaderNames.CONTENT_TYPE, "multipart/form-data; boundary=" + boundary))
                .post().uri(Locations.withoutUserInfo(location))
                .send(Flux.concat(Mono.just(head), FileChunks.of(file), Mono.just(tail)).map(Unpooled::wrappedBuffer))
                .response((response, body) -> body.then(Mono.just(response.status().code())))
                .next();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new TransferException(Reason.DISK, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
