package io.reactiveocpp.app.web;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Flux;
import reactor.netty.http.server.HttpServerResponse;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Server-sent event streams of the local HTTP interface, each kind bounded: a stream beyond its kind's limit is
 * answered 429, and a stream's place is given back when it ends, however it ends. Each event is flushed as it is
 * written. A stream lives only as long as the credentials it was opened with.
 */
final class EventStreams {

    /** A comment on an idle stream this often. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final AtomicInteger open = new AtomicInteger();
    private final int max;
    private final String what;

    /** At most {@code max} streams of this kind at once; {@code what} names them in the 429. */
    EventStreams(int max, String what) {
        this.max = max;
        this.what = what;
    }

    /**
     * The writer of a stream of {@code events}, each already formatted ({@link #event}, {@link #comment}), with a
     * keep-alive comment every {@link #KEEP_ALIVE} (so that a closed browser is noticed); it ends at the first event
     * or keep-alive after {@code authorized} turns false (a logout, an expired session).
     */
    Function<HttpServerResponse, Mono<Void>> writer(Flux<String> events, BooleanSupplier authorized) {
        return response -> {
            if (open.incrementAndGet() > max) {
                open.decrementAndGet();
                return Responses.send(response, Reply.error(429, null, "at most " + max + " " + what + " at once"));
            }
            Flux<ByteBuf> bytes = Flux.merge(events, Flux.interval(KEEP_ALIVE).map(tick -> comment("alive")))
                    .takeWhile(event -> authorized.getAsBoolean())
                    .map(text -> Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.UTF_8)))
                    .doFinally(signal -> open.decrementAndGet());
            return response.status(200)
                    .header(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                    .header(HttpHeaderNames.CACHE_CONTROL, "no-store")
                    .send(bytes, buffer -> true).then();
        };
    }

    /** An event of type {@code type} ({@code null}: the default, message) carrying {@code data}, line by line. */
    static String event(String type, String data) {
        return event(type, null, data);
    }

    /** As {@link #event(String, String)}, with the event's {@code id} (a browser resumes after it: Last-Event-ID). */
    static String event(String type, String id, String data) {
        StringBuilder event = new StringBuilder(data.length() + 48);
        if (type != null) {
            event.append("event: ").append(type).append('\n');
        }
        if (id != null) {
            event.append("id: ").append(id).append('\n');
        }
        for (String line : data.split("\r\n|\r|\n", -1)) {
            event.append("data: ").append(line).append('\n');
        }
        return event.append('\n').toString();
    }

    /** A comment line, which a browser ignores (a stream's greeting, a keep-alive). */
    static String comment(String text) {
        return ": " + text + "\n\n";
    }
}
