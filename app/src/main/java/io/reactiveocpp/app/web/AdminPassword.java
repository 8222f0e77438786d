package io.reactiveocpp.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * Where the local interface's password comes from, so that it is never open. A configured password wins;
 * without one, the hash stored in the data directory's {@value #FILE} is used; without that file, a random
 * password of {@value #GENERATED_LENGTH} URL-safe characters is generated, only its hash is stored (file mode
 * 0600) and the password is logged once, at WARN, with the file's path and how to change it. Deleting the
 * file and restarting generates a new one. Slow (PBKDF2 for a configured or generated password): call it off
 * the event loop.
 */
public final class AdminPassword {

    /** The stored hash's file name in the data directory. */
    public static final String FILE = "admin-password.hash";
    static final int GENERATED_LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(AdminPassword.class);

    private AdminPassword() {
    }

    /**
     * The hash to check requests against: of {@code configured} when it is not {@code null}, else the stored
     * or a newly generated one in {@code dataDir}. {@link IllegalArgumentException} naming the file when it
     * cannot be read, written or parsed.
     */
    public static PasswordHash resolve(String configured, Path dataDir) {
        if (configured != null) {
            return PasswordHash.create(configured);
        }
        Path file = dataDir.resolve(FILE).toAbsolutePath();
        try {
            return PasswordHash.parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (NoSuchFileException e) {
            return generate(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the admin password's hash " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage() + "; delete the file to generate a new "
                    + "admin password at the next start, or configure one (adminPassword)", e);
        }
    }

    private static PasswordHash generate(Path file) {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        PasswordHash hash = PasswordHash.create(password.toString());
        try {
            store(file, hash);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot store the admin password's hash in " + file + " (" + e
                    + "); make the data directory writable or configure an admin password", e);
        }
        LOG.warn("no admin password configured: generated one for the local HTTP interface, user admin, password "
                + "{} (shown only this once; only its hash is kept, in {}). To change it, configure one "
                + "(adminPasswordFile or adminPassword in the file, REACTIVE_OCPP_ADMIN_PASSWORD_FILE, the systemd "
                + "credential admin-password); to get a new one, delete that file and restart", password, file);
        return hash;
    }

    /** Written beside and moved in place, so that a crash never leaves half a hash; 0600 from the start. */
    private static void store(Path file, PasswordHash hash) throws IOException {
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(FILE + ".part");
        Files.deleteIfExists(part);
        try {
            Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(part); // not a POSIX file system
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process is writing " + part, e);
        }
        Files.writeString(part, hash + "\n", StandardCharsets.US_ASCII);
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
