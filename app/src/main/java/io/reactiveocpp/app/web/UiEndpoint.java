package io.reactiveocpp.app.web;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The Config UI's login: {@code POST /ui/login} with the form field {@code password}
 * ({@code application/x-www-form-urlencoded}) opens a {@link UiSessions} session and answers
 * {@code {"csrf": "..."}} with its cookie; {@code GET /ui/session} gives a logged-in browser its CSRF token
 * again; {@code POST /ui/logout} (with the token) ends the session and drops the cookie. The password is
 * checked by {@link OperatorAuth} as the HTTP Basic password of {@value OperatorAuth#USER}, so both ways
 * share one store, one cost and one failed-login throttle.
 */
final class UiEndpoint {

    /** The longest password field read. */
    static final int MAX_PASSWORD = 1024;

    /** The answer of a login and of {@code GET /ui/session}. */
    record Token(String csrf) {
    }

    /** The answer of a logout. */
    record LoggedOut(String status) {
    }

    private final UiSessions sessions;

    UiEndpoint(UiSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * The {@code Authorization} header that carries the login form's {@code password}, so that
     * {@link OperatorAuth} checks it as it checks HTTP Basic; 400 naming {@code password} when the field is
     * missing, repeated, empty or longer than {@value #MAX_PASSWORD} characters.
     */
    static String basicHeader(byte[] form) {
        Map<String, List<String>> fields = new QueryStringDecoder(new String(form, StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, false).parameters();
        List<String> values = fields.get("password");
        if (values == null || values.size() != 1 || values.get(0).isEmpty() || values.get(0).length() > MAX_PASSWORD) {
            throw ApiError.badRequest("password", "the form needs one field password of 1 to " + MAX_PASSWORD
                    + " characters (application/x-www-form-urlencoded)");
        }
        return "Basic " + Base64.getEncoder().encodeToString((OperatorAuth.USER + ":" + values.get(0))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The answer of a successful login: a new session, its cookie and its CSRF token. */
    Reply opened() {
        UiSessions.Session session = sessions.open();
        return Reply.json(200, new Token(session.csrf()))
                .withHeader(HttpHeaderNames.SET_COOKIE.toString(), sessions.setCookie(session));
    }

    /** {@code GET /ui/session}. */
    Mono<Reply> session(Call call) {
        return Mono.just(Reply.json(200, new Token(call.session().csrf())));
    }

    /** {@code POST /ui/logout}. */
    Mono<Reply> logout(Call call) {
        sessions.close(call.session());
        return Mono.just(Reply.json(200, new LoggedOut("logged out"))
                .withHeader(HttpHeaderNames.SET_COOKIE.toString(), sessions.clearCookie()));
    }
}
