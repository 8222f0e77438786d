package io.reactiveocpp.codec.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The one configured Jackson factory of the codec, and the few helpers every codec shares. */
public final class Json {

    /**
     * Shared, thread-safe. Field names are interned (the readers compare them by identity first); deep
     * nesting and huge documents are refused before they cost memory (an OCPP payload nests at most a
     * handful of levels, and its longest field is a 10,000-character certificate chain).
     */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1 << 20)
                    .maxNumberLength(64)
                    .build())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Json() {
    }

    /**
     * Writes whatever {@code body} (any {@link JsonCodec}, for one) generates to a string. Each thread keeps one generator over a reusable
     * buffer, so that a frame costs little more than its resulting string; a nested call (a body that
     * itself writes JSON) gets a fresh generator.
     */
    public static <T> String write(Body<T> body, T value) {
        ReusableWriter writer = WRITERS.get();
        if (writer.busy) {
            return new ReusableWriter().write(body, value);
        }
        return writer.write(body, value);
    }

    private static final ThreadLocal<ReusableWriter> WRITERS = ThreadLocal.withInitial(ReusableWriter::new);

    /**
     * Writes whatever {@code body} generates as UTF-8 bytes, ready for a WebSocket text frame; like
     * {@link #write(Body, Object)}, each thread reuses one generator and buffer.
     */
    public static <T> byte[] writeUtf8(Body<T> body, T value) {
        ReusableOutput output = OUTPUTS.get();
        if (output.busy) {
            return new ReusableOutput().write(body, value);
        }
        return output.write(body, value);
    }

    private static final ThreadLocal<ReusableOutput> OUTPUTS = ThreadLocal.withInitial(ReusableOutput::new);

    /** A UTF-8 generator that writes into a byte buffer that is emptied before each value. */
    private static final class ReusableOutput extends java.io.OutputStream implements ScratchOwner {
        private static final int KEEP = 64 * 1024;
        private byte[] buffer = new byte[1024];
        private int length;
        private byte[] whole; // the frame so far while it came in one piece
        private final JsonGenerator generator;
        private final TimestampScratch timestamps = new TimestampScratch(true);
        boolean busy;

        @Override
        public TimestampScratch timestampScratch() {
            return timestamps;
        }

        ReusableOutput() {
            try {
                generator = FACTORY.createGenerator(this, com.fasterxml.jackson.core.JsonEncoding.UTF8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            generator.setRootValueSeparator(null);
        }

        <T> byte[] write(Body<T> body, T value) {
            busy = true;
            length = 0;
            whole = null;
            try {
                body.write(generator, value);
                generator.flush();
                byte[] result = whole != null ? whole : java.util.Arrays.copyOf(buffer, length);
                whole = null;
                if (buffer.length > KEEP) {
                    buffer = new byte[1024];
                }
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory failed", e);
            } finally {
                busy = false;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int count) {
            if (length == 0 && whole == null) {
                // the generator hands over a frame that fits its own buffer in one piece: take it as it is
                whole = java.util.Arrays.copyOfRange(bytes, offset, offset + count);
                return;
            }
            if (whole != null) {
                byte[] first = whole;
                whole = null;
                append(first, 0, first.length);
            }
            append(bytes, offset, count);
        }

        private void append(byte[] bytes, int offset, int count) {
            if (length + count > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
            }
            System.arraycopy(bytes, offset, buffer, length, count);
            length += count;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }

    /** A generator that writes into a character buffer that is emptied before each value. */
    private static final class ReusableWriter extends java.io.Writer implements ScratchOwner {
        private static final int KEEP = 64 * 1024;
        private char[] buffer = new char[1024];
        private int length;
        private String whole; // the frame so far while it came in one piece
        private final JsonGenerator generator;
        private final TimestampScratch timestamps = new TimestampScratch(false);
        boolean busy;

        @Override
        public TimestampScratch timestampScratch() {
            return timestamps;
        }

        ReusableWriter() {
            try {
                generator = FACTORY.createGenerator(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            generator.setRootValueSeparator(null);
        }

        <T> String write(Body<T> body, T value) {
            busy = true;
            length = 0;
            whole = null;
            try {
                body.write(generator, value);
                generator.flush();
                String result = whole != null ? whole : new String(buffer, 0, length);
                whole = null;
                if (buffer.length > KEEP) {
                    buffer = new char[1024]; // a rare huge frame does not pin its buffer
                }
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory failed", e);
            } finally {
                busy = false;
            }
        }

        @Override
        public void write(char[] chars, int offset, int count) {
            if (length == 0 && whole == null) {
                // the generator hands over a frame that fits its own buffer in one piece: take it as it is
                whole = new String(chars, offset, count);
                return;
            }
            spillWhole();
            ensure(count);
            System.arraycopy(chars, offset, buffer, length, count);
            length += count;
        }

        @Override
        public void write(String string, int offset, int count) {
            if (length == 0 && whole == null) {
                whole = string.substring(offset, offset + count);
                return;
            }
            spillWhole();
            ensure(count);
            string.getChars(offset, offset + count, buffer, length);
            length += count;
        }

        /** A second piece arrived: the first one moves into the buffer. */
        private void spillWhole() {
            if (whole != null) {
                String first = whole;
                whole = null;
                ensure(first.length());
                first.getChars(0, first.length(), buffer, length);
                length += first.length();
            }
        }

        private void ensure(int count) {
            if (length + count > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /**
     * Room for one canonical timestamp, lent by the output of the codec's own generators (reached through
     * {@link JsonGenerator#getOutputTarget()}), so that writing a dateTime needs neither a thread-local
     * look-up nor an allocation; the generator copies it out at once.
     */
    static final class TimestampScratch {
        /** Room for a quoted timestamp. */
        final char[] chars = new char[Timestamps.CANONICAL_LENGTH + 2];
        /** Room for an unquoted timestamp in UTF-8, where the generator writes bytes; otherwise {@code null}. */
        final byte[] utf8;

        TimestampScratch(boolean utf8) {
            this.utf8 = utf8 ? new byte[Timestamps.CANONICAL_LENGTH] : null;
        }
    }

    /** The output of one of the codec's own generators. */
    interface ScratchOwner {
        TimestampScratch timestampScratch();
    }

    /** A piece of generator code; see {@link #write(Body, Object)}. */
    @FunctionalInterface
    public interface Body<T> {
        void write(JsonGenerator generator, T value) throws IOException;
    }

    /** {@code 'text'}, cut to 40 characters, for quoting bad input in an error description. */
    public static String quote(String text) {
        return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0, 37) + "...'";
    }

    /** A short name of the current token for "expected X, got Y" messages. */
    public static String describe(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT: return "object";
            case START_ARRAY: return "array";
            case VALUE_STRING: return "string";
            case VALUE_NUMBER_INT: return "integer";
            case VALUE_NUMBER_FLOAT: return "number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "boolean";
            case VALUE_NULL: return "null";
            default: return token.asString() == null ? token.name() : token.asString();
        }
    }
}
