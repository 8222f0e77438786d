package io.reactiveocpp.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One response of the local HTTP interface: a status, a content type and the body's text. Errors are
 * JSON objects {@code {"error": "...", "field": "..."}} that name the field at fault, plus details such as
 * the configuration {@code key}.
 *
 * @param status      the HTTP status code
 * @param contentType the {@code Content-Type}
 * @param body        the body
 * @param headers     further response headers, such as {@code Retry-After}
 */
public record Reply(int status, String contentType, String body, Map<String, String> headers) {

    public Reply {
        headers = Map.copyOf(headers);
    }

    /** A reply without further headers. */
    public Reply(int status, String contentType, String body) {
        this(status, contentType, body, Map.of());
    }

    static final String JSON = "application/json";
    /** Strict reading: trailing content and duplicate members are errors, not silently dropped. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** {@code value} as JSON (records, maps, lists) with the given status. */
    public static Reply json(int status, Object value) {
        try {
            return new Reply(status, JSON, MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** An error naming {@code field} ({@code null}: none), with extra members in the given order. */
    public static Reply error(int status, String field, String message, Object... details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (field != null) {
            body.put("field", field);
        }
        for (int i = 0; i + 1 < details.length; i += 2) {
            body.put(details[i].toString(), details[i + 1]);
        }
        return json(status, body);
    }

    /** This reply with the header {@code name: value} added. */
    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, contentType, body, more);
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
