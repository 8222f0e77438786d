package io.reactiveocpp.app.transfer;

import io.reactiveocpp.engine.firmware.TransferException;
import io.reactiveocpp.engine.firmware.TransferException.Reason;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongConsumer;

/**
 * The file a download writes into, chunk by chunk, with its size limit and progress. Blocking: used on Reactor's
 * boundedElastic only, by one thread at a time.
 */
final class TargetFile implements AutoCloseable {

    /** Progress is reported at most once per this many bytes (and at the end). */
    private static final long PROGRESS_STEP = 256 * 1024;

    private final FileChannel channel;
    private final long maxBytes;
    private final LongConsumer progress;
    private final String shown;
    private long written;
    private long reported;

    private TargetFile(FileChannel channel, long start, long maxBytes, LongConsumer progress, String shown) {
        this.channel = channel;
        this.written = start;
        this.reported = start;
        this.maxBytes = maxBytes;
        this.progress = progress;
        this.shown = shown;
    }

    /** The length of a partial download in {@code target}, 0 without one. */
    static long partialLength(Path target) {
        try {
            return Files.isRegularFile(target) ? Files.size(target) : 0;
        } catch (IOException e) {
            return 0; // then it is replaced
        }
    }

    /**
     * Opens {@code target} to append to its partial content or to start over, after checking that the disk has
     * room for {@code coming} more bytes ({@code -1}: unknown, not checked).
     */
    static TargetFile open(Path target, boolean append, long coming, long maxBytes, LongConsumer progress,
                           String shown) {
        try {
            Path directory = target.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            if (coming > 0) {
                long free = Files.getFileStore(directory).getUsableSpace();
                if (coming > free) {
                    throw new TransferException(Reason.DISK, shown + ": " + coming + " bytes to come, only " + free
                            + " bytes free in " + directory);
                }
            }
            FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            return new TargetFile(channel, append ? channel.size() : 0, maxBytes, progress, shown);
        } catch (IOException e) {
            throw new TransferException(Reason.DISK, "cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Appends {@code bytes[0..length)}; more than the limit in all fails with TOO_LARGE, a write error with DISK. */
    void write(byte[] bytes, int length) {
        if (written + length > maxBytes) {
            throw new TransferException(Reason.TOO_LARGE, shown + ": more than the limit of " + maxBytes + " bytes");
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new TransferException(Reason.DISK, shown + ": cannot write the file: " + e.getMessage(), e);
        }
        written += length;
        if (written - reported >= PROGRESS_STEP) {
            reported = written;
            progress.accept(written);
        }
    }

    void write(byte[] bytes) {
        write(bytes, bytes.length);
    }

    /** The bytes in the file so far. */
    long written() {
        return written;
    }

    /**
     * Ends the download: {@code expected} bytes (-1: unknown) must be there, else the connection dropped early and
     * the partial file stays for a resume.
     */
    void finish(long expected) {
        if (expected >= 0 && written < expected) {
            throw new TransferException(Reason.INTERRUPTED, shown + ": the connection ended after " + written
                    + " of " + expected + " bytes");
        }
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new TransferException(Reason.DISK, shown + ": cannot write the file: " + e.getMessage(), e);
        }
        progress.accept(written);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was lost that finish() did not already report
        }
    }
}
