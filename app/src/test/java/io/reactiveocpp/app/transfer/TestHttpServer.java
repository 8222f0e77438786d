package io.reactiveocpp.app.transfer;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.ssl.SslContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP(S) server on 127.0.0.1 (Reactor Netty) serving one file with Range support: {@code /fw.bin} open,
 * {@code /old/fw.bin} redirecting to it, {@code /loop} redirecting to itself, {@code /secret/fw.bin} behind Basic {@code bob:s3cret-pw}, {@code /stream.bin} without a Content-Length;
 * PUT under {@code /up/}, and {@code /post-only/} which refuses PUT with 405 and takes a multipart POST.
 */
final class TestHttpServer implements AutoCloseable {

    static final String USER = "bob";
    static final String PASSWORD = "s3cret-pw";

    final byte[] content;
    /** The Range header of every GET of the file ("none" without one). */
    final List<String> ranges = new CopyOnWriteArrayList<>();
    /** Bodies received, by "METHOD path". */
    final Map<String, byte[]> received = new ConcurrentHashMap<>();
    final Map<String, String> contentTypes = new ConcurrentHashMap<>();
    /** GETs of {@code /loop}. */
    final AtomicInteger loops = new AtomicInteger();
    private final DisposableServer server;

    TestHttpServer(byte[] content, SslContext tls) {
        this.content = content;
        HttpServer http = HttpServer.create().host("127.0.0.1").port(0).route(routes -> routes
                .get("/fw.bin", this::serve)
                .get("/old/fw.bin", (request, response) -> response.status(302)
                        .header(HttpHeaderNames.LOCATION, "/fw.bin").send())
                .get("/loop", (request, response) -> {
                    loops.incrementAndGet();
                    return response.status(302).header(HttpHeaderNames.LOCATION, "/loop").send();
                })
                .get("/secret/fw.bin", (request, response) -> authorized(request)
                        ? serve(request, response) : response.status(401).send())
                .get("/stream.bin", (request, response) -> response.sendByteArray(
                        Flux.range(0, content.length / 1024).map(i -> Arrays.copyOfRange(content, i * 1024,
                                (i + 1) * 1024))))
                .put("/up/{name}", (request, response) -> record(request, "PUT")
                        .then(response.status(201).send()))
                .put("/post-only/{name}", (request, response) -> response.status(405).send())
                .post("/post-only", (request, response) -> record(request, "POST")
                        .then(response.status(200).send())));
        server = (tls == null ? http : http.secure(spec -> spec.sslContext(tls))).bindNow();
    }

    int port() {
        return server.port();
    }

    private Mono<Void> serve(HttpServerRequest request, HttpServerResponse response) {
        String range = request.requestHeaders().get(HttpHeaderNames.RANGE);
        ranges.add(range == null ? "none" : range);
        if (range == null) {
            return response.header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(content.length))
                    .sendByteArray(Mono.just(content)).then();
        }
        int start = Integer.parseInt(range.substring("bytes=".length(), range.indexOf('-')));
        if (start >= content.length) {
            return response.status(416).send();
        }
        byte[] rest = Arrays.copyOfRange(content, start, content.length);
        return response.status(206)
                .header(HttpHeaderNames.CONTENT_RANGE, "bytes " + start + "-" + (content.length - 1) + "/" + content.length)
                .header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(rest.length))
                .sendByteArray(Mono.just(rest)).then();
    }

    private boolean authorized(HttpServerRequest request) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return expected.equals(request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION));
    }

    private Mono<Void> record(HttpServerRequest request, String method) {
        String key = method + " " + request.fullPath();
        String type = request.requestHeaders().get(HttpHeaderNames.CONTENT_TYPE);
        contentTypes.put(key, type == null ? "" : type);
        return request.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0])
                .doOnNext(bytes -> received.put(key, bytes)).then();
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
