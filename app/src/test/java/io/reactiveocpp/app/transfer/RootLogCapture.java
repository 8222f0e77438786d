package io.reactiveocpp.app.transfer;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Every event logged in the process while open, with its logger's name (logback's {@link ListAppender}). */
final class RootLogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    RootLogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** "logger: message" of every event whose logger does not start with one of {@code excludedPrefixes}. */
    List<String> lines(String... excludedPrefixes) {
        return List.copyOf(appender.list).stream()
                .filter(e -> java.util.Arrays.stream(excludedPrefixes).noneMatch(e.getLoggerName()::startsWith))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : " / " + e.getThrowableProxy().getMessage()))
                .toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
