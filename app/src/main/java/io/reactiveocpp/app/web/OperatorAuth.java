package io.reactiveocpp.app.web;

import reactor.core.scheduler.Scheduler;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Operator authentication: HTTP Basic, user {@value #USER}, checked against the {@link PasswordHash}.
 *
 * <p><b>What a login is.</b> A request with valid credentials after {@link #LOGIN_WINDOW} without one is a
 * login ({@link Verdict#LOGIN}); every valid request restarts the window, so an open Config UI or a
 * scraper polling more often than once a minute is one login, and one after a quiet minute is the next.
 *
 * <p><b>Cost.</b> Within the window, a request carrying the very header verified last is checked against a
 * keyed MAC of that header (a random key that lives only in this object) in microseconds, on the calling
 * thread ({@link #remembered}); anything else takes the PBKDF2 path ({@link #verify}, slow: run it off the
 * event loop). The MAC is forgotten when the window lapses.
 *
 * <p>Without a password (possible only on a loopback address) every request is {@link Verdict#OPEN} and
 * nobody logs in. Thread-safe; time comes from {@code clock}.
 */
public final class OperatorAuth {

    /** The only user. */
    public static final String USER = "admin";
    /** How long without a valid request makes the next one a login. */
    public static final Duration LOGIN_WINDOW = Duration.ofSeconds(60);
    /** The challenge of a 401. */
    public static final String CHALLENGE = "Basic realm=\"reactive-ocpp\", charset=\"UTF-8\"";

    /** The outcome of a check. */
    public enum Verdict {
        /** No password is set: allowed without credentials. */
        OPEN,
        /** Valid credentials within the login window. */
        ALLOWED,
        /** Valid credentials after {@link #LOGIN_WINDOW} without any: a new login. */
        LOGIN,
        /** Missing, malformed or wrong credentials. */
        DENIED;

        public boolean allowed() {
            return this != DENIED;
        }
    }

    private record Remembered(byte[] tag, long lastUseMillis) {
    }

    private final PasswordHash hash;
    private final Scheduler clock;
    private final byte[] macKey = new byte[32];
    private final AtomicReference<Remembered> last = new AtomicReference<>();

    /** {@code hash} {@code null}: no password set. */
    public OperatorAuth(PasswordHash hash, Scheduler clock) {
        this.hash = hash;
        this.clock = clock;
        new SecureRandom().nextBytes(macKey);
    }

    /**
     * The quick check: the verdict if it needs no PBKDF2 (no password set, no or malformed credentials, the
     * header verified last within the window), else {@code null}: call {@link #verify}.
     */
    public Verdict remembered(String authorization) {
        if (hash == null) {
            return Verdict.OPEN;
        }
        byte[] password = password(authorization);
        if (password == null) {
            return Verdict.DENIED;
        }
        Arrays.fill(password, (byte) 0);
        long now = clock.now(TimeUnit.MILLISECONDS);
        Remembered known = last.get();
        if (known == null || now - known.lastUseMillis() >= LOGIN_WINDOW.toMillis()
                || !MessageDigest.isEqual(known.tag(), tag(authorization))) {
            return null;
        }
        last.compareAndSet(known, new Remembered(known.tag(), now));
        return Verdict.ALLOWED;
    }

    /** The full check of an {@code Authorization} header value (may be {@code null}); slow, see the class doc. */
    public Verdict verify(String authorization) {
        Verdict quick = remembered(authorization);
        if (quick != null) {
            return quick;
        }
        byte[] password = password(authorization);
        boolean valid = hash.matches(password);
        Arrays.fill(password, (byte) 0);
        if (!valid) {
            return Verdict.DENIED;
        }
        long now = clock.now(TimeUnit.MILLISECONDS);
        Remembered before = last.getAndSet(new Remembered(tag(authorization), now));
        return before == null || now - before.lastUseMillis() >= LOGIN_WINDOW.toMillis()
                ? Verdict.LOGIN : Verdict.ALLOWED;
    }

    /** The password of a well-formed {@code Basic} header for {@value #USER}, or {@code null}. */
    private static byte[] password(String authorization) {
        if (authorization == null || authorization.length() < 6
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        byte[] prefix = (USER + ":").getBytes(StandardCharsets.UTF_8);
        if (decoded.length < prefix.length || !Arrays.equals(decoded, 0, prefix.length, prefix, 0, prefix.length)) {
            return null;
        }
        return Arrays.copyOfRange(decoded, prefix.length, decoded.length);
    }

    private byte[] tag(String authorization) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return mac.doFinal(authorization.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
