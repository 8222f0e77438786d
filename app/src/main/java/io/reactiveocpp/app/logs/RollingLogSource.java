package io.reactiveocpp.app.logs;

import io.reactiveocpp.codec.type.LogType;
import io.reactiveocpp.engine.diagnostics.LogSource;
import reactor.core.publisher.Flux;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log entries of the {@link LogFiles} for GetDiagnostics and GetLog: the files oldest first, an entry being a
 * line that starts with a time stamp plus the lines without one that follow it (a stack trace), kept when its time
 * stamp lies in the window. For the security log ({@link LogType#SECURITY_LOG}; the engine puts its security
 * event log before these) it is the entries of the loggers in {@link #SECURITY_LOGGERS}: the local interface's
 * login, password and request guard, the session's authorization key and TLS. Reads lazily and blocks (the engine subscribes on its io
 * scheduler); a file rolled away while it is read is skipped, so an entry at a rollover may be missing or doubled.
 */
public final class RollingLogSource implements LogSource {

    /** The simple names of the loggers whose entries make up the security log. */
    public static final Pattern SECURITY_LOGGERS = Pattern.compile(
            "(?:.*\\.)?(OperatorAuth|LoginThrottle|AdminPassword|PasswordHash|RequestGuard|AuthorizationKey|Tls\\w*)");
    private static final Pattern LINE = Pattern.compile("^(\\S+) +\\S+ +\\[.*?\\] (\\S+) ");

    private final Path directory;

    public RollingLogSource(Path directory) {
        this.directory = directory;
    }

    @Override
    public Flux<String> entries(LogType type, Instant from, Instant to) {
        return Flux.using(() -> new Entries(files()), entries -> Flux.fromIterable(() -> entries)
                .filter(entry -> entry.in(from, to) && (type != LogType.SECURITY_LOG || entry.security()))
                .map(Entry::text), Entries::close);
    }

    /** The files oldest first: {@code reactive-ocpp.N.log} down to {@code .1}, then the active one. */
    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (int i = LogFiles.MAX_FILES; i >= 1; i--) {
            Path rolled = directory.resolve("reactive-ocpp." + i + ".log");
            if (Files.exists(rolled)) {
                files.add(rolled);
            }
        }
        files.add(directory.resolve(LogFiles.ACTIVE));
        return files;
    }

    /** One entry: its time stamp (null when the file starts without one), logger and text. */
    private record Entry(Instant at, String logger, String text) {
        boolean in(Instant from, Instant to) {
            return at != null && (from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to));
        }

        boolean security() {
            return logger != null && SECURITY_LOGGERS.matcher(logger).matches();
        }
    }

    /** The entries of the files in turn; one file open at a time. */
    private static final class Entries implements Iterator<Entry>, AutoCloseable {
        private final Iterator<Path> files;
        private BufferedReader reader;
        private String pending; // the first line of the next entry, read ahead
        private Entry next;

        Entries(List<Path> files) {
            this.files = files.iterator();
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = read();
            }
            return next != null;
        }

        @Override
        public Entry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Entry entry = next;
            next = null;
            return entry;
        }

        private Entry read() {
            try {
                String first = pending != null ? pending : nextLine();
                pending = null;
                if (first == null) {
                    return null;
                }
                StringBuilder text = new StringBuilder(first);
                for (String line = nextLine(); line != null; line = nextLine()) {
                    if (LINE.matcher(line).lookingAt() && stamp(line) != null) {
                        pending = line;
                        break;
                    }
                    text.append('\n').append(line);
                }
                Matcher head = LINE.matcher(first);
                boolean parsed = head.lookingAt();
                return new Entry(parsed ? stamp(first) : null, parsed ? head.group(2) : null, text.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The next line of this file or the next; {@code null} at the end of the last. */
        private String nextLine() throws IOException {
            while (true) {
                if (reader == null) {
                    if (!files.hasNext()) {
                        return null;
                    }
                    try {
                        // a damaged byte becomes U+FFFD rather than ending the read
                        reader = new BufferedReader(new InputStreamReader(Files.newInputStream(files.next()),
                                StandardCharsets.UTF_8));
                    } catch (NoSuchFileException e) {
                        continue; // rolled away meanwhile
                    }
                }
                String line = reader.readLine();
                if (line != null) {
                    return line;
                }
                reader.close();
                reader = null;
            }
        }

        private static Instant stamp(String line) {
            int end = line.indexOf(' ');
            try {
                return end < 0 ? null : Instant.parse(line.substring(0, end));
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        @Override
        public void close() {
            try {
                if (reader != null) {
                    reader.close();
                }
            } catch (IOException e) {
                // a reader that fails to close loses nothing: it only read
            }
        }
    }
}
