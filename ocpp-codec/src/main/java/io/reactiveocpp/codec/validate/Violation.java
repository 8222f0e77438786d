package io.reactiveocpp.codec.validate;

import io.reactiveocpp.codec.frame.ErrorCode;

/**
 * A payload or value that breaks the OCPP schema, with the OCPP-J error code it must be answered with and
 * the path of the offending field ({@code meterValue[0].sampledValue[2].measurand}).
 *
 * <p>Thrown by the record constructors of the message model (so that no message can be built invalid)
 * and by the readers; the decoder turns it into a value and never lets it out of the pipeline. It carries
 * no stack trace: it is an answer to bad input, not a bug.
 */
public final class Violation extends IllegalArgumentException {

    private final ErrorCode code;
    private final String path;
    private final String reason;

    public Violation(ErrorCode code, String path, String reason) {
        this.code = code;
        this.path = path;
        this.reason = reason;
    }

    /** The OCPP-J error code this violation is answered with. */
    public ErrorCode code() {
        return code;
    }

    /** The offending field's path in the payload; empty for the payload itself. */
    public String path() {
        return path;
    }

    /** What is wrong with the field, without its name. */
    public String reason() {
        return reason;
    }

    /** This violation seen from the enclosing object: {@code field} or {@code [index]} goes in front. */
    public Violation at(String field) {
        String nested = path.isEmpty() ? field
                : path.charAt(0) == '[' ? field + path
                : field + '.' + path;
        return new Violation(code, nested, reason);
    }

    /** No stack trace: a violation answers bad input and is thrown on the decoder's path only. */
    @Override
    public Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public String getMessage() {
        return path.isEmpty() ? reason : path + ": " + reason;
    }

    // --- factories for the usual cases ---

    public static Violation missing(String field) {
        return new Violation(ErrorCode.OCCURENCE_CONSTRAINT_VIOLATION, field, "required property is missing");
    }

    public static Violation type(String expected, String actual) {
        return new Violation(ErrorCode.TYPE_CONSTRAINT_VIOLATION, "", "expected " + expected + ", got " + actual);
    }

    public static Violation value(String field, String reason) {
        return new Violation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, field, reason);
    }
}
