package io.reactiveocpp.app.transfer;

import io.reactiveocpp.engine.firmware.FileTransfer;
import io.reactiveocpp.engine.firmware.TransferException;
import io.reactiveocpp.engine.firmware.TransferException.Reason;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * {@code ftp://} and {@code ftps://} transfers with Apache Commons Net, each on its own connection, blocking on
 * boundedElastic. A download asks {@code SIZE} first (when the server answers it: the limit and the free disk space
 * are checked before anything is written, and a complete earlier download is not fetched again), resumes a partial
 * target with {@code REST} (starting over when the server refuses it) and streams {@code RETR} into the file; an
 * upload {@code CWD}s to the location's path and {@code STOR}s the file under its own name.
 */
final class FtpTransfer implements FileTransfer {

    private static final Logger LOG = LoggerFactory.getLogger(FtpTransfer.class);

    private final TransferSettings settings;

    FtpTransfer(TransferSettings settings) {
        this.settings = settings;
    }

    @Override
    public Mono<Path> download(URI location, Path target, long maxBytes, LongConsumer progress) {
        return Mono.fromCallable(() -> {
                    try (FtpConnection connection = FtpConnection.open(location, settings, "download of")) {
                        return retrieve(connection, location, target, maxBytes, progress);
                    }
                })
                .subscribeOn(Schedulers.boundedElastic())
                .doOnSuccess(path -> LOG.info("downloaded {} into {}", Locations.redact(location), path))
                .doOnError(error -> LOG.warn("download failed: {}", error.getMessage()));
    }

    @Override
    public Mono<Void> upload(URI location, Path file) {
        return Mono.<Void>fromRunnable(() -> {
                    try (FtpConnection connection = FtpConnection.open(location, settings, "upload to")) {
                        store(connection, location, file);
                    }
                })
                .subscribeOn(Schedulers.boundedElastic())
                .doOnSuccess(done -> LOG.info("uploaded {} to {}", file.getFileName(), Locations.redact(location)))
                .doOnError(error -> LOG.warn("upload failed: {}", error.getMessage()));
    }

    private static Path retrieve(FtpConnection connection, URI location, Path target, long maxBytes,
                                 LongConsumer progress) {
        FTPClient client = connection.client();
        String shown = "download of " + Locations.redact(location);
        String path = location.getPath();
        long partial = TargetFile.partialLength(target);
        try {
            long size = size(client, path);
            if (size > maxBytes) {
                throw new TransferException(Reason.TOO_LARGE, shown + ": " + size + " bytes, more than the limit of "
                        + maxBytes);
            }
            if (size >= 0 && partial > size) {
                partial = 0; // not a prefix of this file
            }
            if (size >= 0 && partial == size && partial > 0) {
                progress.accept(size); // complete from an earlier attempt
                return target;
            }
            client.setRestartOffset(partial);
            InputStream in = client.retrieveFileStream(path);
            if (in == null && partial > 0 && client.getReplyCode() != FTPReply.FILE_UNAVAILABLE) {
                LOG.info("{}: REST {} refused, starting over", shown, partial);
                partial = 0;
                client.setRestartOffset(0);
                in = client.retrieveFileStream(path);
            }
            if (in == null) {
                throw connection.refused("RETR");
            }
            if (partial > 0) {
                LOG.info("{}: resuming after the {} bytes already in {}", shown, partial, target);
            }
            copy(connection, in, target, partial, size, maxBytes, progress, shown);
            return target;
        } catch (IOException e) {
            throw connection.failed(e, false);
        }
    }

    private static void copy(FtpConnection connection, InputStream in, Path target, long partial, long size,
                             long maxBytes, LongConsumer progress, String shown) throws IOException {
        FTPClient client = connection.client();
        TargetFile opened;
        try {
            opened = TargetFile.open(target, partial > 0, size < 0 ? -1 : size - partial, maxBytes, progress, shown);
        } catch (TransferException e) {
            client.abort(); // no room on the disk: the server stops sending
            in.close();
            throw e;
        }
        try (TargetFile file = opened) {
            try (in) {
                byte[] buffer = new byte[FileChunks.CHUNK];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    file.write(buffer, read);
                }
            } catch (TransferException e) {
                client.abort(); // too large or a full disk: the server stops sending
                throw e;
            }
            if (!client.completePendingCommand()) {
                throw connection.refused("RETR");
            }
            file.finish(size);
        }
    }

    private static void store(FtpConnection connection, URI location, Path file) {
        FTPClient client = connection.client();
        String directory = location.getPath();
        try {
            if (directory != null && !directory.isEmpty() && !directory.equals("/")
                    && !client.changeWorkingDirectory(directory)) {
                throw connection.refused("CWD");
            }
            try (InputStream in = Files.newInputStream(file)) {
                if (!client.storeFile(file.getFileName().toString(), in)) {
                    throw connection.refused("STOR");
                }
            }
        } catch (IOException e) {
            throw connection.failed(e, false);
        }
    }

    /** The file's size by {@code SIZE}, or -1 when the server does not answer it. */
    private static long size(FTPClient client, String path) throws IOException {
        if (client.sendCommand("SIZE", path) != FTPReply.FILE_STATUS) {
            return -1;
        }
        try {
            return Long.parseLong(client.getReplyString().substring(4).trim());
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
