package io.reactiveocpp.app.logs;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's two log line layouts, written by hand: each is one fixed logback pattern, and logback's
 * {@code PatternLayout} registers every converter it knows (some 60 classes and as many lambdas, 0.6 MB of
 * resident class data) before it reads a pattern. The output is the pattern's, character for character
 * (an event's exception follows in logback's own format, as the pattern layout appends it):
 * <ul>
 * <li>{@link #console()}: {@value #CONSOLE_PATTERN} (the time in the JVM's zone);</li>
 * <li>{@link #files()}: {@value #FILES_PATTERN}.</li>
 * </ul>
 */
public final class LineLayout extends LayoutBase<ILoggingEvent> {

    /** What {@link #console()} writes, as a logback pattern. */
    public static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %-14logger{0} %msg%n";
    /** What {@link #files()} writes, as a logback pattern. */
    public static final String FILES_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC} %-5level [%thread] %logger %msg%n";

    private final boolean files;
    private final ZoneId zone;

    private LineLayout(boolean files, ZoneId zone) {
        this.files = files;
        this.zone = zone;
    }

    /** Standard output's lines: time of day, level, the logger's class name, message. */
    public static LineLayout console() {
        return new LineLayout(false, ZoneId.systemDefault());
    }

    /** The log files' lines: ISO-8601 UTC time stamp, level, thread, the logger's full name, message. */
    public static LineLayout files() {
        return new LineLayout(true, ZoneOffset.UTC);
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        long millis = event.getTimeStamp();
        long seconds = Math.floorDiv(millis, 1000L);
        long local = seconds + zone.getRules().getOffset(Instant.ofEpochSecond(seconds)).getTotalSeconds();
        long days = Math.floorDiv(local, 86_400L);
        int secondOfDay = (int) Math.floorMod(local, 86_400L);
        if (files) {
            date(line, days).append('T');
        }
        two(line, secondOfDay / 3600).append(':');
        two(line, secondOfDay / 60 % 60).append(':');
        two(line, secondOfDay % 60).append('.');
        int milli = (int) Math.floorMod(millis, 1000L);
        line.append((char) ('0' + milli / 100)).append((char) ('0' + milli / 10 % 10)).append((char) ('0' + milli % 10));
        line.append(files ? "Z " : " ");
        padded(line, event.getLevel().toString(), 5).append(' ');
        if (files) {
            line.append('[').append(event.getThreadName()).append("] ").append(event.getLoggerName()).append(' ');
        } else {
            String logger = event.getLoggerName();
            padded(line, logger.substring(logger.lastIndexOf('.') + 1), 14).append(' ');
        }
        line.append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown));
        }
        return line.toString();
    }

    /** {@code yyyy-MM-dd} of a day counted from 1970-01-01 (proleptic Gregorian, as java.time counts). */
    private static StringBuilder date(StringBuilder line, long epochDay) {
        // the civil-from-days conversion: eras of 400 years from 0000-03-01
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        int month = (int) (shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year >= 0 && year < 10_000) {
            line.append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10));
            two(line, (int) (year % 100));
        } else {
            line.append(year); // outside what a clock reads; as long as it is readable
        }
        line.append('-');
        two(line, month).append('-');
        return two(line, day);
    }

    private static StringBuilder two(StringBuilder line, int value) {
        return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static StringBuilder padded(StringBuilder line, String text, int width) {
        line.append(text);
        for (int i = text.length(); i < width; i++) {
            line.append(' ');
        }
        return line;
    }
}
