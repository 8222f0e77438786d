package io.reactiveocpp.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * sqlite-jdbc's native library from a fixed place instead of a fresh copy in the temp directory at every start.
 * Left to itself, sqlite-jdbc finds out the platform (it starts {@code uname} for that), extracts its 1 MB library
 * into {@code java.io.tmpdir} under a new name and loads that: a few hundred milliseconds of each start on a small
 * board, and a writable, executable temp directory. Here the library is copied once into
 * {@code <dataDir>/native/sqlite-<version>-<os>-<arch>/} with its SHA-256 beside it; later starts check the copy
 * against that sum (a damaged copy is replaced) and hand it to sqlite-jdbc through {@code org.sqlite.lib.path} and
 * {@code org.sqlite.lib.name}. A path the operator set ({@code -Dorg.sqlite.lib.path=...}) wins and is left alone.
 */
public final class SqliteNative {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNative.class);
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNative() {
    }

    /**
     * Points sqlite-jdbc at its library copied into {@code directory} (copied now if missing or damaged); call
     * before the first database is opened. Does nothing when {@code org.sqlite.lib.path} is set already or the
     * jar holds no library for this platform (sqlite-jdbc then does what it always did).
     */
    public static void useCopyIn(Path directory) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        Path library = install(directory);
        if (library != null) {
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        }
    }

    /** The library's copy in {@code directory}, made now unless a copy matching its SHA-256 is there; null if none. */
    static Path install(Path directory) {
        String version = version();
        if (version == null) {
            return null; // without a version an old copy could outlive an upgrade: sqlite-jdbc's own way then
        }
        Path dir = directory.resolve(("sqlite-" + version + "-" + System.getProperty("os.name") + "-"
                + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9._-]", "_"));
        Path library = dir.resolve(System.mapLibraryName(LibraryLoaderUtil.NATIVE_LIB_BASE_NAME));
        Path sum = dir.resolve(library.getFileName() + ".sha256");
        try {
            if (Files.isRegularFile(library) && Files.isRegularFile(sum)) {
                String expected = Files.readString(sum, StandardCharsets.US_ASCII).trim();
                if (expected.equals(sha256(library))) {
                    return library;
                }
                LOG.warn("the copy of sqlite-jdbc's native library {} does not match its SHA-256: copied again", library);
            }
            String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
            try (InputStream in = SqliteNative.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return null;
                }
                Files.createDirectories(dir);
                Path partial = Files.createTempFile(dir, "copy", ".part");
                MessageDigest digest = newSha256();
                try (OutputStream out = Files.newOutputStream(partial)) {
                    new DigestInputStream(in, digest).transferTo(out);
                }
                Files.writeString(sum, HexFormat.of().formatHex(digest.digest()) + "\n", StandardCharsets.US_ASCII);
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            LOG.info("sqlite-jdbc's native library copied to {} (once; later starts load it from there)", library);
            return library;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy sqlite-jdbc's native library into " + dir, e);
        }
    }

    /** sqlite-jdbc's version from its Maven properties (kept in the shaded jar), null without them. */
    private static String version() {
        try (InputStream in = SqliteNative.class.getResourceAsStream("/META-INF/maven/org.xerial/sqlite-jdbc/pom.properties")) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = newSha256();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
