package io.reactiveocpp.engine.config;

/** The value types of OCPP 1.6 configuration keys (section 9). */
public enum KeyType {
    /** {@code true} / {@code false}; with {@code BooleanValuesAsIntegers} reported as 1 / 0 and accepted either way. */
    BOOLEAN,
    /** A whole number within the key's range. */
    INTEGER,
    /** A comma-separated list; each element may be checked against an allowed set. */
    CSL,
    /** Free text within the key's length. */
    STRING
}
