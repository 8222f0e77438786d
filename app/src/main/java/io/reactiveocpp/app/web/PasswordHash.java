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

    /** {@code pbkdf2-sha256$iterations$salt$hash} (Base64): safe to log, useless without a brute force. */
    @Override
    public String toString() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
