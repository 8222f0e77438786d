package io.reactiveocpp.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import io.reactiveocpp.app.logs.LineLayout;

/**
 * The service's logging, set up in code rather than from a {@code logback.xml}: reading XML would load
 * logback's configuration language and an XML parser (some 600 classes, about 100 ms and several MB at start on
 * a small board) for four lines of settings. One line per event on standard output (journald adds the time
 * stamp's date; {@link LineLayout#console()}, logback's pattern {@value LineLayout#CONSOLE_PATTERN} written by
 * hand), {@code io.netty} and {@code reactor} at WARN, the rest at INFO. An operator who wants
 * something else points {@code -Dlogback.configurationFile=FILE} at a file of their own, which then wins.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY; // the operator's file
        }
        LineLayout layout = LineLayout.console();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        context.getLogger("io.netty").setLevel(Level.WARN);
        context.getLogger("reactor").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
