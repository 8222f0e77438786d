package io.reactiveocpp.app.web;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.CookieHeaderNames;
import io.netty.handler.codec.http.cookie.DefaultCookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.netty.handler.codec.http.cookie.ServerCookieEncoder;
import reactor.core.scheduler.Scheduler;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The browser sessions of the Config UI, kept in memory only (a restart of the service logs every browser out).
 * A session is a random 256-bit id in the cookie {@value #COOKIE} ({@code HttpOnly}, {@code SameSite=Strict},
 * {@code Path=/}, {@code Secure} when the interface is served over TLS) and a random 256-bit CSRF token that
 * every write ({@code POST}, {@code PUT}, {@code DELETE}) made with the cookie must carry in the header
 * {@value #CSRF_HEADER}. A session unused for {@link #IDLE} ends; at most {@value #MAX_SESSIONS} live at once: a
 * new one ends the one used least recently. Thread-safe; time comes from {@code clock}.
 */
final class UiSessions {

    /** The cookie's name. */
    static final String COOKIE = "rocpp-session";
    /** The header that carries the CSRF token. */
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** A session without a request for this long has ended. */
    static final Duration IDLE = Duration.ofMinutes(15);
    /** Sessions at once. */
    static final int MAX_SESSIONS = 16;

    /** One logged-in browser: the cookie's value and its CSRF token. */
    record Session(String id, String csrf) {
    }

    private record Entry(Session session, long lastUseMillis) {
    }

    private final Scheduler clock;
    private final boolean secure;
    private final SecureRandom random = new SecureRandom();
    /** By id, least recently used first. */
    private final Map<String, Entry> sessions = new LinkedHashMap<>(MAX_SESSIONS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    /** {@code secure}: the interface is served over TLS, so the cookie gets {@code Secure}. */
    UiSessions(Scheduler clock, boolean secure) {
        this.clock = clock;
        this.secure = secure;
    }

    /** A new session (after a login). */
    synchronized Session open() {
        Session session = new Session(token(), token());
        sessions.put(session.id(), new Entry(session, now()));
        return session;
    }

    /** The live session whose cookie {@code headers} carry, now used; {@code null} when none. */
    synchronized Session find(HttpHeaders headers) {
        String id = cookie(headers);
        Entry entry = id == null ? null : sessions.get(id);
        if (entry == null) {
            return null;
        }
        long now = now();
        if (now - entry.lastUseMillis() >= IDLE.toMillis()) {
            sessions.remove(id);
            return null;
        }
        sessions.put(id, new Entry(entry.session(), now));
        return entry.session();
    }

    /** Whether {@code session} is still live (not logged out, not idle too long); does not restart its idle time. */
    synchronized boolean live(Session session) {
        Entry entry = sessions.get(session.id());
        return entry != null && now() - entry.lastUseMillis() < IDLE.toMillis();
    }

    /** Ends {@code session} (logout). */
    synchronized void close(Session session) {
        sessions.remove(session.id());
    }

    synchronized int size() {
        return sessions.size();
    }

    /**
     * The refusal (403 naming {@value #CSRF_HEADER}) of a write made with {@code session}'s cookie whose
     * {@code headers} lack its CSRF token; {@code null} when it may go on (reads need no token).
     */
    static Reply csrfRefusal(HttpMethod method, HttpHeaders headers, Session session) {
        if (method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD) || method.equals(HttpMethod.OPTIONS)) {
            return null;
        }
        String token = headers.get(CSRF_HEADER);
        if (token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                session.csrf().getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return Reply.error(403, CSRF_HEADER, "a write with the session cookie needs the header " + CSRF_HEADER
                + " with the session's token (GET /ui/session)");
    }

    /**
     * The 401 of a request without valid credentials: with the Basic challenge, except for a browser that
     * came with a session cookie (ended or unknown), whose script should show the login form, not the
     * browser's own password dialog.
     */
    static Reply unauthorized(HttpHeaders headers) {
        Reply reply = Reply.error(401, null, "give the user admin and the admin password (HTTP Basic) or log in "
                + "with POST /ui/login");
        return cookie(headers) != null ? reply : reply.withHeader(HttpHeaderNames.WWW_AUTHENTICATE.toString(),
                OperatorAuth.CHALLENGE);
    }

    /** The {@code Set-Cookie} value that gives the browser {@code session}. */
    String setCookie(Session session) {
        return ServerCookieEncoder.STRICT.encode(cookie(session.id(), -1));
    }

    /** The {@code Set-Cookie} value that makes the browser drop the cookie. */
    String clearCookie() {
        return ServerCookieEncoder.STRICT.encode(cookie("", 0));
    }

    private DefaultCookie cookie(String value, long maxAge) {
        DefaultCookie cookie = new DefaultCookie(COOKIE, value);
        cookie.setHttpOnly(true);
        cookie.setSameSite(CookieHeaderNames.SameSite.Strict);
        cookie.setPath("/");
        cookie.setSecure(secure);
        if (maxAge >= 0) {
            cookie.setMaxAge(maxAge);
        }
        return cookie;
    }

    private static String cookie(HttpHeaders headers) {
        String header = headers.get(HttpHeaderNames.COOKIE);
        if (header == null) {
            return null;
        }
        for (Cookie cookie : ServerCookieDecoder.LAX.decode(header)) {
            if (cookie.name().equals(COOKIE)) {
                return cookie.value();
            }
        }
        return null;
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private long now() {
        return clock.now(TimeUnit.MILLISECONDS);
    }
}
