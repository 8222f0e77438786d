package io.reactiveocpp.session.queue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Room on the disk held back for the writes that must never fail: when the disk is full, the reserve is
 * released so that every running transaction can still store its StopTransaction (and a final signed
 * MeterValues). Used on the store thread only.
 */
abstract class DiskReserve {

    private boolean present;

    /** Whether the reserve is in place. */
    final boolean present() {
        return present;
    }

    /** Gives the reserve to the store; false when it was released already. */
    final boolean release() {
        if (!present) {
            return false;
        }
        free();
        present = false;
        return true;
    }

    /** Tries to take the reserve back from the disk; whether it is in place now. */
    final boolean restore() {
        if (!present) {
            present = take();
        }
        return present;
    }

    abstract boolean take();

    abstract void free();

    /**
     * A ballast file of {@code bytes} written with zeros (a sparse file would hold nothing back), next to the
     * database.
     */
    static DiskReserve ballast(Path file, long bytes) {
        DiskReserve reserve = new DiskReserve() {
            @Override
            boolean take() {
                try {
                    if (Files.isRegularFile(file) && Files.size(file) == bytes) {
                        return true;
                    }
                    ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
                    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                        for (long written = 0; written < bytes; ) {
                            zeros.clear().limit((int) Math.min(zeros.capacity(), bytes - written));
                            written += out.write(zeros, written);
                        }
                        out.force(true);
                    }
                    return true;
                } catch (IOException e) {
                    free(); // a partial ballast would only take room
                    return false;
                }
            }

            @Override
            void free() {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // nothing more can be done; the next restore() tries again
                }
            }
        };
        reserve.restore();
        return reserve;
    }

    /**
     * A small disk simulated with SQLite's {@code max_page_count}: the database may grow to {@code maxPages}
     * pages, of which {@code reservePages} are held back. SQLite answers SQLITE_FULL beyond the limit, as it
     * does when the disk is full.
     */
    static DiskReserve pageLimit(Connection connection, int maxPages, int reservePages) {
        DiskReserve reserve = new DiskReserve() {
            @Override
            boolean take() {
                if (pragma("page_count") + reservePages > maxPages) {
                    return false;
                }
                pragma("max_page_count = " + (maxPages - reservePages));
                return true;
            }

            @Override
            void free() {
                pragma("max_page_count = " + maxPages);
            }

            private long pragma(String pragma) {
                try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + pragma)) {
                    return r.next() ? r.getLong(1) : 0;
                } catch (SQLException e) {
                    throw new IllegalStateException("PRAGMA " + pragma + " failed: " + e.getMessage(), e);
                }
            }
        };
        reserve.free(); // the disk's size, whether the reserve fits in it or not
        reserve.restore();
        return reserve;
    }
}
