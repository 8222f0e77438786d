package io.reactiveocpp.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The service's data directory: created {@code 0700}, its databases {@code 0600} (SQLite gives its {@code -wal} and
 * {@code -shm} files the mode of the database file, so they are private too), and a database that cannot be read
 * never stops the start.
 *
 * <p><b>A corrupt or unreadable database.</b> Before a database is opened its file is checked with SQLite's
 * {@code PRAGMA quick_check}; when the check or the open fails, the file (with its {@code -wal} and {@code -shm})
 * is kept aside as {@code NAME.corrupt-YYYYMMDD-HHMMSS} beside it, a fresh one is started, and the event is
 * logged at ERROR naming both files and listed in {@link #setAside()} (shown by {@code /api/status}, counted in
 * {@code /metrics}, and sent to the backend as an informative StatusNotification). What it held is not deleted:
 * it can be examined or recovered by hand. A second failure, on the fresh file, is not the file's fault (a full or
 * read-only disk) and is thrown; so is a failure when SQLite itself does not work (an in-memory database does not
 * open, e.g. its native library is missing for this platform): the file is then left where it is.
 */
public final class DataDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /**
     * A database that was kept aside.
     *
     * @param database the database's name, e.g. {@code queue.db}
     * @param keptAs   where the unreadable file is now
     * @param reason   what SQLite said
     * @param at       when
     */
    public record SetAside(String database, Path keptAs, String reason, Instant at) {
    }

    private final Path dir;
    private final Clock clock;
    private final List<SetAside> setAside = new CopyOnWriteArrayList<>();
    /** Whether SQLite itself works; replaced by tests. */
    Supplier<String> sqliteProbe = DataDirectory::sqliteWorks;

    private DataDirectory(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** Creates {@code dir} owner-only ({@code 0700}), or makes an existing one so. */
    public static DataDirectory prepare(Path dir, Clock clock) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            restrict(dir, OWNER_ONLY_DIRECTORY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir, e);
        }
        return new DataDirectory(dir, clock);
    }

    public Path path() {
        return dir;
    }

    /** The subdirectory {@code name}, created owner-only ({@code 0700}) like the data directory, or made so. */
    public Path directory(String name) {
        Path sub = dir.resolve(name);
        try {
            if (!Files.isDirectory(sub)) {
                Files.createDirectories(sub);
            }
            restrict(sub, OWNER_ONLY_DIRECTORY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory " + sub, e);
        }
        return sub;
    }

    /**
     * Opens the database {@code name} with {@code opener}: the file owner-only, checked first, and kept aside for
     * a fresh one when the check or the open fails (see the class comment).
     */
    public <T> T open(String name, Function<Path, T> opener) {
        Path file = dir.resolve(name);
        String problem = check(file);
        if (problem == null) {
            try {
                return opener.apply(privateFile(file));
            } catch (RuntimeException e) {
                problem = String.valueOf(e.getMessage());
            }
        }
        String sqlite = sqliteProbe.get();
        if (sqlite != null) { // not the file's fault: setting it aside would lose a good queue for nothing
            throw new IllegalStateException("SQLite cannot be used here (" + sqlite + "), so " + file
                    + " cannot be checked; it is left as it is");
        }
        keepAside(name, file, problem);
        return opener.apply(privateFile(file));
    }

    /** {@code null} when SQLite itself works (an in-memory database opens), else why not (e.g. no native library). */
    static String sqliteWorks() {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT 1")) {
            return result.next() ? null : "no answer from an in-memory database";
        } catch (SQLException | LinkageError e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** The databases kept aside since this directory was prepared, oldest first. */
    public List<SetAside> setAside() {
        return List.copyOf(setAside);
    }

    /** {@code null} when {@code file} is missing or passes SQLite's quick check, else why not. */
    private static String check(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            return "not readable and writable by this user";
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
            String verdict = result.next() ? result.getString(1) : "no answer";
            return "ok".equals(verdict) ? null : verdict;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private void keepAside(String name, Path file, String reason) {
        Instant now = clock.instant();
        Path aside = dir.resolve(name + ".corrupt-" + STAMP.format(now));
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path part = dir.resolve(name + suffix);
                if (Files.exists(part)) {
                    Files.move(part, dir.resolve(aside.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the database " + file + " cannot be read (" + reason
                    + ") and cannot be moved aside", e);
        }
        LOG.error("the database {} could not be used ({}): kept aside as {}, a new one is started", file, reason, aside);
        setAside.add(new SetAside(name, aside, reason, now));
    }

    /** Creates {@code file} empty and owner-only unless it exists, and makes an existing one owner-only. */
    private static Path privateFile(Path file) {
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            } catch (FileAlreadyExistsException e) {
                // kept as it is; only its mode is made private below
            }
            restrict(file, OWNER_ONLY_FILE);
            for (String suffix : List.of("-wal", "-shm")) {
                Path part = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(part)) {
                    restrict(part, OWNER_ONLY_FILE);
                }
            }
        } catch (UnsupportedOperationException e) {
            return file; // not a POSIX file system: nothing to set
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
        return file;
    }

    private static void restrict(Path path, Set<PosixFilePermission> mode) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(path).equals(mode)) {
                Files.setPosixFilePermissions(path, mode);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (a test on another OS): the directory's ACLs apply
        }
    }
}
