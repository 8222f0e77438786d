package io.reactiveocpp.app.logs;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TriggeringPolicyBase;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The rolling log files in {@code DATA_DIR/logs/}, what GetDiagnostics and GetLog upload: {@code reactive-ocpp.log}
 * and the older {@code reactive-ocpp.1.log} (newest) to {@code reactive-ocpp.N.log}, owner-only ({@code 0600}). The
 * total is bounded by {@code logs.maxTotalSize}: 5 MB files, as many as fit (at least 2, at most
 * {@value #MAX_FILES}, larger files beyond that); a file is rolled when it has reached its size, so each may exceed
 * it by one event. Each line starts with the event's ISO-8601 UTC time stamp ({@link #PATTERN}), which
 * {@link RollingLogSource} reads back.
 *
 * <p>Added in code at start, beside the console (the data directory is known only then); also when the operator
 * gave a logback file of their own, so that diagnostics always have a log.
 */
public final class LogFiles implements AutoCloseable {

    /** The directory in the data directory. */
    public static final String DIRECTORY = "logs";
    /** The file being written. */
    public static final String ACTIVE = "reactive-ocpp.log";
    /** The line layout: time stamp (UTC, milliseconds), level, thread, logger, message ({@link LineLayout#files()}). */
    public static final String PATTERN = LineLayout.FILES_PATTERN;
    /** The size of each file while the bound allows it. */
    public static final long FILE_SIZE = 5L * 1024 * 1024;
    /** Files at most (logback's fixed window holds 20 rolled files). */
    public static final int MAX_FILES = 21;

    private final RollingFileAppender<ILoggingEvent> appender;
    private final Path directory;

    private LogFiles(RollingFileAppender<ILoggingEvent> appender, Path directory) {
        this.appender = appender;
        this.directory = directory;
    }

    /** How many files of which size make up {@code maxTotalSize}. */
    record Plan(int files, long fileSize) {
        static Plan of(long maxTotalSize) {
            int files = (int) Math.max(2, Math.min(MAX_FILES, maxTotalSize / FILE_SIZE));
            return new Plan(files, maxTotalSize / files);
        }
    }

    /** Starts writing the log files of {@code dataDir} (created owner-only) for every logger; close stops it. */
    public static LogFiles install(Path dataDir, long maxTotalSize) {
        Path dir = dataDir.resolve(DIRECTORY);
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the data directory's ACLs apply
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the log directory " + dir, e);
        }
        Plan plan = Plan.of(maxTotalSize);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PrivateAppender appender = new PrivateAppender();
        appender.setContext(context);
        appender.setName("FILES");
        appender.setFile(dir.resolve(ACTIVE).toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(dir.resolve("reactive-ocpp.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(plan.files() - 1);
        rolling.start();
        SizeReached<ILoggingEvent> trigger = new SizeReached<>(plan.fileSize());
        trigger.setContext(context);
        trigger.start();
        LineLayout layout = LineLayout.files();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        appender.setEncoder(encoder);
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        return new LogFiles(appender, dir);
    }

    /** Where the files are. */
    public Path directory() {
        return directory;
    }

    /** Stops writing the files. */
    @Override
    public void close() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
    }

    /** Rolls once the file has reached its size: exact (logback's own policy checks at most every few events). */
    private static final class SizeReached<E> extends TriggeringPolicyBase<E> {
        private final long size;

        SizeReached(long size) {
            this.size = size;
        }

        @Override
        public boolean isTriggeringEvent(File activeFile, E event) {
            return activeFile.length() >= size;
        }
    }

    /** Creates each new log file owner-only before logback opens it (a rename keeps the mode). */
    private static final class PrivateAppender extends RollingFileAppender<ILoggingEvent> {
        @Override
        public void openFile(String fileName) throws IOException {
            Path file = Path.of(fileName);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException e) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
            super.openFile(fileName);
        }
    }
}
