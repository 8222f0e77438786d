package io.reactiveocpp.app.web;

/**
 * A request the interface refuses, carrying the reply that says why. Thrown while a request is read and
 * checked, before anything is changed; {@link LocalHttpServer} turns it into that reply in one place.
 */
final class ApiError extends RuntimeException {

    private final transient Reply reply;

    ApiError(Reply reply) {
        super(reply.body(), null, false, false);
        this.reply = reply;
    }

    /** 400 naming {@code field}. */
    static ApiError badRequest(String field, String message) {
        return new ApiError(Reply.error(400, field, message));
    }

    Reply reply() {
        return reply;
    }
}
