package io.reactiveocpp.engine.config;

import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.session.AuthorizationKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The operator's values at start (the configuration file, the environment, the command line) against the values
 * changed at run time (ChangeConfiguration, the local HTTP interface). The precedence:
 * <ol>
 *   <li>a value the operator's source gives for the first time, or different from the one it gave at the
 *       previous start, applies (the operator edited it on purpose);</li>
 *   <li>otherwise the current value stands: one the backend or the local interface changed since wins over
 *       the same old line in the file.</li>
 * </ol>
 * So the file's {@code AuthorizationKey} is the initial key: after the backend has rotated it, a restart keeps
 * the rotated key, until the operator writes a new key into the file. What each source gave last is kept as a
 * SHA-256 digest in the namespace {@value #NAMESPACE} (never the value: the key is a secret). A value that
 * cannot be used is ignored as {@link Configuration#setAtStart} says, and not remembered, so it is reported
 * again at the next start. Used once, at wiring time.
 */
public final class OperatorValues {

    static final String NAMESPACE = "config.operator";
    private static final String KEY = "AuthorizationKey";

    private final Configuration config;
    private final EngineStore store;
    private final Map<String, String> applied;

    public OperatorValues(Configuration config, EngineStore store) {
        this.config = config;
        this.store = store;
        this.applied = new HashMap<>(store.load(NAMESPACE));
    }

    /**
     * Applies each of {@code values} (key → value, never the AuthorizationKey) that is new or changed since the
     * previous start; {@code source} names where they come from in the WARN line of an unusable one.
     */
    public void apply(Map<String, String> values, String source) {
        values.forEach((name, value) -> {
            if (KEY.equals(name)) {
                throw new IllegalArgumentException("the AuthorizationKey goes through authorizationKey()");
            }
            String digest = digest(name, value);
            if (!digest.equals(applied.get(name)) && config.setAtStart(name, value, source)) {
                remember(name, digest);
            }
        });
    }

    /**
     * The AuthorizationKey to connect with. {@code operatorKey} is the operator's text password, or {@code null}:
     * when it is new or changed since the previous start it is used and replaces a key the backend had set;
     * otherwise a key the backend set (stored in its OCPP hex form) wins; otherwise the operator's key;
     * {@code null} when there is none.
     */
    public AuthorizationKey authorizationKey(String operatorKey) {
        boolean given = operatorKey != null && !operatorKey.isEmpty();
        if (given) {
            String digest = digest(KEY, operatorKey);
            if (!digest.equals(applied.get(KEY))) {
                config.reset(KEY);
                remember(KEY, digest);
                return AuthorizationKey.fromText(operatorKey);
            }
        }
        String stored = config.value(KEY);
        if (stored != null) {
            return AuthorizationKey.fromOcppHex(stored); // checked when it was stored and when it was loaded
        }
        return given ? AuthorizationKey.fromText(operatorKey) : null;
    }

    private void remember(String name, String digest) {
        applied.put(name, digest);
        store.put(NAMESPACE, name, digest);
    }

    private static String digest(String name, String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
