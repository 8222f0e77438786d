package io.reactiveocpp.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.reactiveocpp.app.ChargePointRuntime;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One authenticated request as an endpoint sees it: the path's parameters, the body (already read, at most
 * {@link LocalHttpServer#MAX_BODY_BYTES}) and the charge point that runs now. The accessors throw
 * {@link ApiError} naming the field at fault.
 */
final class Call {

    private static final int MAX_BODY = LocalHttpServer.MAX_BODY_BYTES;

    private final HttpServerRequest request;
    private final byte[] body;
    private final Supplier<ChargePointRuntime> runtime;
    private final UiSessions.Session session;
    private final BooleanSupplier authorized;

    /**
     * {@code session}: the browser session the request came with, {@code null} for HTTP Basic; {@code authorized}:
     * whether the request's credentials still hold (a session can end while its event stream runs).
     */
    Call(HttpServerRequest request, byte[] body, Supplier<ChargePointRuntime> runtime, UiSessions.Session session,
         BooleanSupplier authorized) {
        this.request = request;
        this.body = body;
        this.runtime = runtime;
        this.session = session;
        this.authorized = authorized;
    }

    /** Whether the request's credentials still hold: its browser session has not ended (always, for HTTP Basic). */
    BooleanSupplier authorized() {
        return authorized;
    }

    /** The browser session of the request; 401 naming {@code session} when it came with HTTP Basic. */
    UiSessions.Session session() {
        if (session == null) {
            throw new ApiError(Reply.error(401, "session", "no browser session: log in with POST /ui/login"));
        }
        return session;
    }

    /** The running charge point; 503 while an in-process restart rebuilds it. */
    ChargePointRuntime runtime() {
        ChargePointRuntime current = runtime.get();
        if (current == null) {
            throw new ApiError(Reply.error(503, null, "the charge point is restarting; try again in a few seconds"));
        }
        return current;
    }

    /** A parameter of the path, such as {@code {key}}. */
    String param(String name) {
        return request.param(name);
    }

    /** A request header's value, or {@code null}. */
    String header(String name) {
        return request.requestHeaders().get(name);
    }

    /** The first value of a query parameter, or {@code null}. */
    String query(String name) {
        var values = new QueryStringDecoder(request.uri()).parameters().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The path's connector number {@code {n}}: 1 to {@code count}, or 0 too when {@code stationAllowed}. */
    int connector(int count, boolean stationAllowed) {
        String text = param("n");
        int min = stationAllowed ? 0 : 1;
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= count) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("connector", "connector must be " + min + " to " + count + ", got '" + text + "'");
    }

    /** The body as a JSON object; an empty body is an empty object when {@code emptyAllowed}. */
    ObjectNode json(boolean emptyAllowed) {
        if (body.length == 0 && emptyAllowed) {
            return Reply.mapper().createObjectNode();
        }
        JsonNode node;
        try {
            node = Reply.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("body", "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("body", "the body is not valid JSON");
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiError.badRequest("body", "the body must be a JSON object");
        }
        return object;
    }

    /** A string member of {@code json}: required or {@code null} when absent, at most {@code maxLength} characters. */
    static String text(ObjectNode json, String field, boolean required, int maxLength) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ApiError.badRequest(field, field + " is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw ApiError.badRequest(field, field + " must be a string");
        }
        String text = value.textValue();
        if (text.isEmpty() || text.length() > maxLength) {
            throw ApiError.badRequest(field, field + " must be 1 to " + maxLength + " characters");
        }
        return text;
    }

    /** An optional whole-number member of {@code json} in {@code min..max}, or {@code null} when absent. */
    static Integer integer(ObjectNode json, String field, int min, int max) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt()
                || value.intValue() < min || value.intValue() > max) {
            throw ApiError.badRequest(field, field + " must be a whole number " + min + " to " + max + ", got " + value);
        }
        return value.intValue();
    }

    /** The body of {@code request}, read up to {@value #MAX_BODY} bytes (more: an {@link ApiError} 413). */
    static Mono<byte[]> body(HttpServerRequest request) {
        ApiError tooLarge = new ApiError(Reply.error(413, "body", "the body must be at most " + MAX_BODY + " bytes"));
        Integer declared = request.requestHeaders().getInt(HttpHeaderNames.CONTENT_LENGTH);
        if (declared != null && declared > MAX_BODY) {
            return Mono.error(tooLarge);
        }
        return request.receive().asByteArray().reduce(new ByteArrayOutputStream(), (out, chunk) -> {
            if (out.size() + chunk.length > MAX_BODY) {
                throw tooLarge;
            }
            out.writeBytes(chunk);
            return out;
        }).map(ByteArrayOutputStream::toByteArray);
    }
}
