package io.reactiveocpp.app.web;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The admin password as the service keeps it: PBKDF2-HMAC-SHA256 (Bouncy Castle's
 * {@link PKCS5S2ParametersGenerator}) over a random {@value #SALT_BYTES}-byte salt with
 * {@value #DEFAULT_ITERATIONS} iterations, never the password itself. One derivation takes about 0.2 s on a
 * desktop core and several times that on a small board: call {@link #create} and {@link #matches} off the
 * event loop. Immutable and thread-safe.
 */
public final class PasswordHash {

    /** Iterations of a new hash (the brief's floor is 100 000). */
    public static final int DEFAULT_ITERATIONS = 210_000;
    static final int SALT_BYTES = 16;
    /** Fewest iterations {@link #parse} accepts. */
    static final int MIN_ITERATIONS = 100_000;
    /** Most iterations {@link #parse} accepts: a check must stay in seconds on a small board. */
    static final int MAX_ITERATIONS = 5_000_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] salt;
    private final int iterations;
    private final byte[] hash;

    private PasswordHash(byte[] salt, int iterations, byte[] hash) {
        this.salt = salt;
        this.iterations = iterations;
        this.hash = hash;
    }

    /** The hash of {@code password} with a fresh salt; the password must not be empty. */
    public static PasswordHash create(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("adminPassword must not be empty");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(salt, DEFAULT_ITERATIONS, derive(password.getBytes(StandardCharsets.UTF_8), salt,
                DEFAULT_ITERATIONS));
    }

    /**
     * Reads back {@link #toString()}'s form {@code pbkdf2-sha256$iterations$salt$hash} (Base64, with or without
     * padding): {@value #MIN_ITERATIONS} to {@value #MAX_ITERATIONS} iterations, a salt of at least 8 bytes, a
     * 32-byte hash. {@link IllegalArgumentException} saying which part is wrong; the text is not repeated.
     */
    public static PasswordHash parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("not a password hash of the form " + SCHEME + "$iterations$salt$hash");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the iterations of the password hash are not a whole number");
        }
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("the iterations of the password hash must be " + MIN_ITERATIONS + " to "
                    + MAX_ITERATIONS + ", got " + iterations);
        }
        byte[] salt = base64(parts[2], "salt");
        byte[] hash = base64(parts[3], "hash");
        if (salt.length < 8) {
            throw new IllegalArgumentException("the salt of the password hash must be at least 8 bytes");
        }
        if (hash.length != HASH_BITS / 8) {
            throw new IllegalArgumentException("the hash of the password hash must be " + HASH_BITS / 8 + " bytes");
        }
        return new PasswordHash(salt, iterations, hash);
    }

    private static byte[] base64(String text, String part) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + part + " of the password hash is not Base64");
        }
    }

    /** Whether {@code password} (UTF-8) is the one hashed; the comparison takes the same time wherever it differs. */
    public boolean matches(byte[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    int iterations() {
        return iterations;
    }

    byte[] salt() {
        return salt.clone();
    }

    byte[] hash() {
        return hash.clone();
    }

    static byte[] derive(byte[] password, byte[] salt, int iterations) {
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
        generator.init(password, salt, iterations);
        return ((KeyParameter) generator.generateDerivedMacParameters(HASH_BITS)).getKey();
    }

    /**
     * {@code pbkdf2-sha256$iterations$salt$hash} (Base64 without padding), read back by {@link #parse}: not the
     * password, but keep it private all the same (it allows an offline guess at 210,000 iterations a try).
     */
    @Override
    public String toString() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
