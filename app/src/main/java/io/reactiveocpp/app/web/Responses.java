package io.reactiveocpp.app.web;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * How the local HTTP server writes its answers: a {@link Reply}, or an endpoint's own writer (a stream), from the
 * connection's event loop, with every failure turned into its reply in one place.
 */
final class Responses {

    private static final Logger LOG = LoggerFactory.getLogger(LocalHttpServer.class);

    private Responses() {
    }

    /** Failures turned into replies in one place, the reply written from the connection's event loop. */
    static Mono<Void> respond(HttpServerRequest request, HttpServerResponse response, Scheduler loop,
                              Mono<Reply> reply) {
        return write(request, response, loop, reply.map(Responses::answer));
    }

    /** Writes the answer from the connection's event loop; a failure becomes its reply. */
    static Mono<Void> write(HttpServerRequest request, HttpServerResponse response, Scheduler loop,
                            Mono<Function<HttpServerResponse, Mono<Void>>> answer) {
        return answer.onErrorResume(e -> Mono.just(answer(failure(request, e)))).publishOn(loop)
                .flatMap(done -> done.apply(response));
    }

    /** The writer of {@code reply}. */
    static Function<HttpServerResponse, Mono<Void>> answer(Reply reply) {
        return response -> send(response, reply);
    }

    static Mono<Void> send(HttpServerResponse response, Reply reply) {
        response.status(reply.status()).header(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
        reply.headers().forEach(response::header);
        return response.sendString(Mono.just(reply.body()), StandardCharsets.UTF_8).then();
    }

    static Reply failure(HttpServerRequest request, Throwable error) {
        Throwable e = Exceptions.unwrap(error);
        if (e instanceof ApiError api) {
            return api.reply();
        }
        if (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof RejectedExecutionException) {
            return Reply.error(429, null, "too many authentication attempts at once; try again");
        }
        LOG.warn("{} {} failed", request.method(), request.uri(), e);
        return Reply.error(500, null, "internal error: " + e.getClass().getSimpleName());
    }
}
