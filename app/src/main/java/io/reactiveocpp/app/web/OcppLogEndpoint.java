package io.reactiveocpp.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.reactiveocpp.app.ocpplog.OcppFrame;
import io.reactiveocpp.app.ocpplog.OcppLog;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The OCPP log ({@link OcppLog}): {@code GET /api/ocpp-log?action=X&limit=N} as a JSON array (oldest first),
 * {@code GET /api/ocpp-log.jsonl} as a JSON Lines download, {@code GET /api/ocpp-log/stream?action=X&after=N} as
 * server-sent events of the frames kept from now on (one {@code data:} line each, straight from the log's live
 * stream; {@value #MAX_STREAMS} streams at most, more: 429).
 */
final class OcppLogEndpoint {

    /** Live streams open at once. */
    static final int MAX_STREAMS = 8;
    private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9]{1,64}");

    private final EventStreams streams = new EventStreams(MAX_STREAMS, "OCPP log streams");

    Mono<Reply> list(Call call) {
        OcppLog log = call.runtime().ocppLog();
        String action = action(call);
        int limit = limit(call, log.capacity());
        return log.frames(action, limit).map(frames -> Reply.json(200, frames));
    }

    Mono<Reply> download(Call call) {
        OcppLog log = call.runtime().ocppLog();
        String action = action(call);
        return log.frames(action, log.capacity()).map(frames -> {
            StringBuilder lines = new StringBuilder();
            frames.forEach(frame -> lines.append(json(frame)).append('\n'));
            return new Reply(200, "application/x-ndjson", lines.toString())
                    .withHeader("Content-Disposition", "attachment; filename=\"ocpp-log.jsonl\"");
        });
    }

    /**
     * What writes the stream, once the request is authenticated and its parameters are good: new frames, or with
     * {@code ?after=N} (a browser's reconnect sends {@code Last-Event-ID}, which wins) the kept frames numbered after N
     * first, so that a page rendered from the list misses nothing in between. Each event's id is its frame's number.
     */
    Mono<Function<HttpServerResponse, Mono<Void>>> stream(Call call) {
        OcppLog log = call.runtime().ocppLog();
        String action = action(call);
        Long after = after(call);
        Flux<String> events = Flux.merge(
                (after == null ? log.live() : log.since(after))
                        .filter(frame -> action == null || action.equals(frame.action()))
                        .map(frame -> EventStreams.event(null, Long.toString(frame.seq()), json(frame))),
                Flux.just(EventStreams.comment("OCPP log, new frames as they come"))); // the live stream is subscribed first
        return Mono.just(streams.writer(events, call.authorized()));
    }

    /** The frame number to resume after: {@code Last-Event-ID}, else {@code ?after}, else {@code null}. */
    private static Long after(Call call) {
        String resumed = call.header("Last-Event-ID");
        String text = resumed != null ? resumed : call.query("after");
        if (text == null) {
            return null;
        }
        try {
            long after = Long.parseLong(text.trim());
            if (after >= 0) {
                return after;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest(resumed != null ? "Last-Event-ID" : "after",
                "a frame number (a whole number from 0) expected, got '" + text + "'");
    }

    static String action(Call call) {
        String action = call.query("action");
        if (action != null && !ACTION.matcher(action).matches()) {
            throw ApiError.badRequest("action", "action must be an OCPP action name (1 to 64 letters and digits), got '"
                    + action + "'");
        }
        return action;
    }

    private static int limit(Call call, int capacity) {
        String text = call.query("limit");
        if (text == null) {
            return capacity;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= capacity) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("limit", "limit must be a whole number 1 to " + capacity + ", got '" + text + "'");
    }

    private static String json(OcppFrame frame) {
        try {
            return Reply.mapper().writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an OCPP frame as JSON", e);
        }
    }
}
