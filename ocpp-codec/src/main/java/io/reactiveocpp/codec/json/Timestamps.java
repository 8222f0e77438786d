package io.reactiveocpp.codec.json;

import java.time.Instant;

/**
 * OCPP dateTime values, read tolerantly and written canonically, without {@code DateTimeFormatter} (whose
 * parsing allocates a kilobyte per call) on the hot path.
 *
 * <p>Read: RFC 3339 {@code date-time}, {@code YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)}, with any number of
 * fraction digits (beyond nanoseconds they are ignored), any offset (also {@code ±hhmm} and {@code ±hh}),
 * {@code t}/{@code z} in lower case or a space for the {@code T}. A timestamp without offset is taken as
 * UTC: the OCPP 1.6 specification recommends UTC, and several backends omit the {@code Z}. A leap second
 * ({@code :60}) reads as {@code :59}.
 *
 * <p>Written: always UTC with milliseconds, {@code 2026-11-25T13:31:58.123Z}, which every schema validator
 * and backend accepts.
 */
public final class Timestamps {

    /** The length of a canonical timestamp. */
    public static final int CANONICAL_LENGTH = 24;

    /** "00" to "99", so that a two-digit field costs one table read instead of two divisions. */
    private static final char[] PAIRS = new char[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (char) ('0' + i / 10);
            PAIRS[2 * i + 1] = (char) ('0' + i % 10);
        }
    }

    private Timestamps() {
    }

    /** Parses {@code chars[offset, offset + length)}; {@code null} when it is not a date-time. */
    public static Instant parse(char[] c, int offset, int length) {
        int end = offset + length;
        int p = offset;
        if (length < 19) {
            return null;
        }
        int year = digits(c, p, 4);
        if (year < 0 || c[p + 4] != '-') {
            return null;
        }
        int month = digits(c, p + 5, 2);
        if (month < 1 || month > 12 || c[p + 7] != '-') {
            return null;
        }
        int day = digits(c, p + 8, 2);
        if (day < 1 || day > daysInMonth(year, month)) {
            return null;
        }
        char t = c[p + 10];
        if (t != 'T' && t != 't' && t != ' ') {
            return null;
        }
        int hour = digits(c, p + 11, 2);
        int minute = digits(c, p + 14, 2);
        int second = digits(c, p + 17, 2);
        if (hour < 0 || hour > 23 || c[p + 13] != ':' || minute < 0 || minute > 59 || c[p + 16] != ':'
                || second < 0 || second > 60) {
            return null;
        }
        p += 19;
        int nanos = 0;
        if (p < end && c[p] == '.') {
            p++;
            int start = p;
            int scale = 100_000_000;
            while (p < end && c[p] >= '0' && c[p] <= '9') {
                nanos += (c[p] - '0') * scale;
                scale /= 10;
                p++;
            }
            if (p == start) {
                return null;
            }
        }
        int offsetSeconds = 0;
        if (p < end) {
            char sign = c[p];
            if (sign == 'Z' || sign == 'z') {
                p++;
            } else if (sign == '+' || sign == '-') {
                int offHour = p + 3 <= end ? digits(c, p + 1, 2) : -1;
                int offMinute = 0;
                p += 3;
                if (p < end) {
                    if (c[p] == ':') {
                        p++;
                    }
                    offMinute = p + 2 <= end ? digits(c, p, 2) : -1;
                    p += 2;
                }
                if (offHour < 0 || offHour > 23 || offMinute < 0 || offMinute > 59) {
                    return null;
                }
                offsetSeconds = (offHour * 3600 + offMinute * 60) * (sign == '-' ? -1 : 1);
            } else {
                return null;
            }
        }
        if (p != end) {
            return null;
        }
        long epochSecond = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L
                + Math.min(second, 59) - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** Parses a string; {@code null} when it is not a date-time. */
    public static Instant parse(String text) {
        return parse(text.toCharArray(), 0, text.length());
    }

    /**
     * Writes the canonical form into {@code out[offset, offset + 24)} and returns 24; for years outside
     * 0000-9999 writes nothing and returns -1 (the caller then falls back to {@link Instant#toString()}).
     */
    public static int format(Instant instant, char[] out, int offset) {
        long epochSecond = instant.getEpochSecond();
        long epochDay = Math.floorDiv(epochSecond, 86_400L);
        int secondOfDay = (int) (epochSecond - epochDay * 86_400L);
        Day day = lastDay;
        if (day.epochDay != epochDay) {
            day = new Day(epochDay);
            lastDay = day;
        }
        if (day.text == null) {
            return -1;
        }
        int p = offset;
        System.arraycopy(day.text, 0, out, p, Day.LENGTH);
        two(out, p + 11, secondOfDay / 3600);
        out[p + 13] = ':';
        two(out, p + 14, secondOfDay / 60 % 60);
        out[p + 16] = ':';
        two(out, p + 17, secondOfDay % 60);
        out[p + 19] = '.';
        int millis = instant.getNano() / 1_000_000;
        out[p + 20] = (char) ('0' + millis / 100);
        two(out, p + 21, millis % 100);
        out[p + 23] = 'Z';
        return CANONICAL_LENGTH;
    }

    /**
     * The day of the last timestamp written, as it is written: a charge point writes today's date again and
     * again, so the calendar arithmetic runs once a day. Shared by all threads without a lock; its fields are
     * final, so a thread sees some whole day, at worst an older one that it then replaces.
     */
    private static Day lastDay = new Day(0);

    private static final class Day {
        static final int LENGTH = 11; // "2026-11-25T"

        final long epochDay;
        final char[] text; // null for a year outside 0000-9999

        Day(long epochDay) {
            this.epochDay = epochDay;
            // civil-from-days, after Howard Hinnant's public-domain algorithm
            long z = epochDay + 719_468;
            long era = (z >= 0 ? z : z - 146_096) / 146_097;
            long doe = z - era * 146_097;
            long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
            long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            long mp = (5 * doy + 2) / 153;
            int day = (int) (doy - (153 * mp + 2) / 5 + 1);
            int month = (int) (mp < 10 ? mp + 3 : mp - 9);
            long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
            if (year < 0 || year > 9999) {
                text = null;
                return;
            }
            char[] t = new char[LENGTH];
            int y = (int) year;
            two(t, 0, y / 100);
            two(t, 2, y % 100);
            t[4] = '-';
            two(t, 5, month);
            t[7] = '-';
            two(t, 8, day);
            t[10] = 'T';
            text = t;
        }
    }

    /** The canonical form as a string. */
    public static String format(Instant instant) {
        char[] out = new char[CANONICAL_LENGTH];
        return format(instant, out, 0) < 0 ? instant.toString() : new String(out);
    }

    private static void two(char[] out, int offset, int value) {
        out[offset] = PAIRS[2 * value];
        out[offset + 1] = PAIRS[2 * value + 1];
    }

    private static int digits(char[] c, int offset, int count) {
        int value = 0;
        for (int i = offset; i < offset + count; i++) {
            int d = c[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4: case 6: case 9: case 11: return 30;
            default: return 31;
        }
    }

    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
