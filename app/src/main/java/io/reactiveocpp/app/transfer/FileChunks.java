package io.reactiveocpp.app.transfer;

import io.reactiveocpp.engine.firmware.TransferException;
import io.reactiveocpp.engine.firmware.TransferException.Reason;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** A file read in chunks on boundedElastic, one chunk per demand: what an upload sends. */
final class FileChunks {

    static final int CHUNK = 32 * 1024;

    private FileChunks() {
    }

    /** The content of {@code file}, lazily, each subscription from the start. */
    static Flux<byte[]> of(Path file) {
        return Flux.using(() -> open(file),
                        channel -> Flux.<byte[]>generate(sink -> {
                            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
                            int read = read(channel, buffer);
                            if (read < 0) {
                                sink.complete();
                            } else {
                                sink.next(Arrays.copyOf(buffer.array(), read));
                            }
                        }),
                        FileChunks::close)
                .subscribeOn(Schedulers.boundedElastic()); // the reads too: subscribeOn requests on its worker
    }

    private static FileChannel open(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new TransferException(Reason.DISK, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int read(FileChannel channel, ByteBuffer buffer) {
        try {
            return channel.read(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
