package io.reactiveocpp.app.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written line layouts write what logback's pattern layout writes for their patterns. */
class LineLayoutTest {

    private final LoggerContext context = new LoggerContext();

    @Test
    void theConsoleLinesAreThePatternsInTheJvmsZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            for (String zone : List.of("UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kathmandu", "Pacific/Kiritimati")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertSameLines(LineLayout::console, LineLayout.CONSOLE_PATTERN);
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void theFileLinesAreThePatternsInUtc() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu")); // the files' stamps stay UTC
            assertSameLines(LineLayout::files, LineLayout.FILES_PATTERN);
        } finally {
            TimeZone.setDefault(before);
        }
        assertThat(LogFiles.PATTERN).isEqualTo(LineLayout.FILES_PATTERN);
    }

    private void assertSameLines(Supplier<LineLayout> ours, String pattern) {
        LineLayout layout = ours.get();
        layout.setContext(context);
        layout.start();
        PatternLayout logbacks = new PatternLayout();
        logbacks.setContext(context);
        logbacks.setPattern(pattern);
        logbacks.start();
        for (LoggingEvent event : events()) {
            assertThat(layout.doLayout(event)).as(TimeZone.getDefault().getID() + " " + event)
                    .isEqualTo(logbacks.doLayout(event));
        }
    }

    private List<LoggingEvent> events() {
        List<LoggingEvent> events = new ArrayList<>();
        long[] times = {0, 1, 999, 951_782_400_000L /* 2000-02-29 */, 1_764_892_800_123L, 1_798_761_599_999L,
                4_107_542_400_500L /* 2100-03-01 */, 253_402_300_799_999L /* 9999-12-31T23:59:59.999 */,
                1_711_846_799_000L, 1_711_846_800_000L /* a DST change in Berlin */};
        String[] loggers = {"io.reactiveocpp.app.Main", "io.reactiveocpp.engine.boot.Registration", "demo",
                "io.reactiveocpp.app.web.AVeryLongClassNameIndeed", "", "org.x.Y$Inner"};
        Level[] levels = {Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR};
        int i = 0;
        for (long time : times) {
            for (String name : loggers) {
                Logger logger = context.getLogger(name.isEmpty() ? Logger.ROOT_LOGGER_NAME : name);
                Level level = levels[i++ % levels.length];
                Throwable thrown = i % 3 == 0 ? failure() : null;
                LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, level,
                        "message {} with ünïcode and {}", thrown, new Object[] {i, "an argument"});
                event.setInstant(Instant.ofEpochMilli(time));
                event.setThreadName(i % 2 == 0 ? "main" : "reactor-tcp-epoll-1");
                events.add(event);
            }
        }
        return events;
    }

    private static Throwable failure() {
        IllegalStateException outer = new IllegalStateException("outer", new IOException("inner cause"));
        outer.addSuppressed(new RuntimeException("suppressed"));
        return outer;
    }
}
