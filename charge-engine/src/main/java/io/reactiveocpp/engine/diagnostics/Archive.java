package io.reactiveocpp.engine.diagnostics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a diagnostics archive: a zip, owner-only ({@code 0600}), of the log entries and the text files given.
 * Blocking: runs on a scheduler that allows it. A failed write leaves no file behind.
 */
final class Archive {

    private Archive() {
    }

    /**
     * Writes {@code target}: {@code logName} with the {@code entries} one a line, then each of {@code texts} (name →
     * content) in the map's order.
     */
    static Path write(Path target, String logName, Iterable<String> entries, Map<String, String> texts) {
        try {
            Files.createDirectories(target.getParent());
            create(target);
            try (OutputStream file = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING);
                 ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry(logName));
                for (String entry : entries) {
                    zip.write(entry.getBytes(StandardCharsets.UTF_8));
                    zip.write('\n');
                }
                zip.closeEntry();
                for (Map.Entry<String, String> text : texts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(text.getKey()));
                    zip.write(text.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return target;
        } catch (IOException | RuntimeException e) {
            delete(target);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write the diagnostics archive " + target, io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Deletes {@code file} if it is there; a failure is not worth more than a retry at the next archive. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next run to overwrite; nothing else depends on it
        }
    }

    private static void create(Path target) throws IOException {
        try {
            Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // an archive of the same name left behind: overwritten
        } catch (UnsupportedOperationException e) {
            Files.createFile(target); // not a POSIX file system
        }
    }
}
