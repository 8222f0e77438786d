package io.reactiveocpp.app.web;

import reactor.core.scheduler.Scheduler;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Operator authentication: HTTP Basic, user {@value #USER}, checked against the {@link PasswordHash}. There is
 * always a password ({@link AdminPassword} generates one when none is configured).
 *
 * <p><b>What a login is.</b> A request with valid credentials after {@link #LOGIN_WINDOW} without one is a
 * login ({@link Verdict#LOGIN}); every valid request restarts the window, so an open Config UI is one login,
 * and one after a quiet minute is the next. Requests that cannot log in (a Prometheus scrape of
 * {@code /metrics}) are never a login and do not restart the window either.
 *
 * <p><b>Cost.</b> A successful PBKDF2 check is remembered for {@link #REMEMBER_FOR} since the header's last
 * use, keyed by a keyed MAC of the whole {@code Authorization} header (a random key that lives only in this
 * object; never the password), for at most {@value #REMEMBERED} headers (the least recently used is
 * forgotten). A remembered header is checked in microseconds on the calling thread ({@link #remembered}), so
 * a scrape every 15 s costs one PBKDF2; anything else takes the PBKDF2 path ({@link #verify}, slow: run it off
 * the event loop). Thread-safe; time comes from {@code clock}.
 */
public final class OperatorAuth {

    /** The only user. */
    public static final String USER = "admin";
    /** How long without a valid request makes the next one a login. */
    public static final Duration LOGIN_WINDOW = Duration.ofSeconds(60);
    /** How long a verified header is remembered after its last use. */
    public static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    /** The challenge of a 401. */
    public static final String CHALLENGE = "Basic realm=\"reactive-ocpp\", charset=\"UTF-8\"";
    static final int REMEMBERED = 16;

    /** The outcome of a check. */
    public enum Verdict {
        /** Valid credentials within the login window, or of a request that cannot log in. */
        ALLOWED,
        /** Valid credentials after {@link #LOGIN_WINDOW} without any: a new login. */
        LOGIN,
        /** Missing, malformed or wrong credentials. */
        DENIED;

        public boolean allowed() {
            return this != DENIED;
        }
    }

    private final PasswordHash hash;
    private final Scheduler clock;
    private final byte[] macKey = new byte[32];
    /** MAC of a verified header to the time of its last use, least recently used first. */
    private final Map<ByteBuffer, Long> verified = new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Long> eldest) {
            return size() > REMEMBERED;
        }
    };
    private long lastLoginActivityMillis = Long.MIN_VALUE;
    private final AtomicLong derivations = new AtomicLong();

    /** {@code hash}: the admin password's; required. */
    public OperatorAuth(PasswordHash hash, Scheduler clock) {
        if (hash == null) {
            throw new IllegalArgumentException("the local HTTP interface needs an admin password");
        }
        this.hash = hash;
        this.clock = clock;
        new SecureRandom().nextBytes(macKey);
    }

    /**
     * The quick check: the verdict if it needs no PBKDF2 (no or malformed credentials, a header verified
     * within {@link #REMEMBER_FOR}), else {@code null}: call {@link #verify}. {@code mayLogIn} false: the
     * request is never a login and does not restart the login window.
     */
    public Verdict remembered(String authorization, boolean mayLogIn) {
        byte[] password = password(authorization);
        if (password == null) {
            return Verdict.DENIED;
        }
        Arrays.fill(password, (byte) 0);
        ByteBuffer tag = ByteBuffer.wrap(tag(authorization));
        synchronized (this) {
            long now = now();
            Long lastUse = verified.get(tag);
            if (lastUse == null || now - lastUse >= REMEMBER_FOR.toMillis()) {
                return null;
            }
            verified.put(tag, now);
            return valid(mayLogIn, now);
        }
    }

    /** The full check of an {@code Authorization} header value (may be {@code null}); slow, see the class doc. */
    public Verdict verify(String authorization, boolean mayLogIn) {
        Verdict quick = remembered(authorization, mayLogIn);
        if (quick != null) {
            return quick;
        }
        byte[] password = password(authorization);
        derivations.incrementAndGet();
        boolean valid = hash.matches(password);
        Arrays.fill(password, (byte) 0);
        if (!valid) {
            return Verdict.DENIED;
        }
        ByteBuffer tag = ByteBuffer.wrap(tag(authorization));
        synchronized (this) {
            long now = now();
            verified.put(tag, now);
            return valid(mayLogIn, now);
        }
    }

    /** How many PBKDF2 checks were made. */
    long derivations() {
        return derivations.get();
    }

    private Verdict valid(boolean mayLogIn, long now) {
        if (!mayLogIn) {
            return Verdict.ALLOWED;
        }
        boolean login = lastLoginActivityMillis == Long.MIN_VALUE
                || now - lastLoginActivityMillis >= LOGIN_WINDOW.toMillis();
        lastLoginActivityMillis = now;
        return login ? Verdict.LOGIN : Verdict.ALLOWED;
    }

    private long now() {
        return clock.now(TimeUnit.MILLISECONDS);
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
