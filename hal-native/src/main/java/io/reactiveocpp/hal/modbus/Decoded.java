package io.reactiveocpp.hal.modbus;

/**
 * The result of decoding a frame: a value, or why there is none. Decoders never throw on bad input.
 *
 * @param <T> the decoded type
 */
public sealed interface Decoded<T> permits Decoded.Valid, Decoded.Invalid {

    /** A well-formed frame's content. */
    record Valid<T>(T value) implements Decoded<T> {
        public Valid {
            if (value == null) {
                throw new IllegalArgumentException("value is required");
            }
        }
    }

    /** A frame that could not be used, and why. */
    record Invalid<T>(ModbusError error, String detail) implements Decoded<T> {
        public Invalid {
            if (error == null) {
                throw new IllegalArgumentException("error is required");
            }
        }
    }

    static <T> Decoded<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Decoded<T> invalid(ModbusError error, String detail) {
        return new Invalid<>(error, detail);
    }
}
