package io.reactiveocpp.codec.frame;

import io.reactiveocpp.codec.json.NameTable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The error codes of an OCPP-J 1.6 CALLERROR (OCPP-J 1.6, section 4.2.3), written with the spelling of
 * the 1.6 specification: {@code FormationViolation} and {@code OccurenceConstraintViolation}.
 *
 * <p>The reader is tolerant: the OCPP 2.0.1 spellings ({@code FormatViolation},
 * {@code OccurrenceConstraintViolation}, ...) that some backends send to 1.6 charge points are mapped to
 * their 1.6 counterparts, and an unknown code reads as {@link #GENERIC_ERROR}.
 */
public enum ErrorCode {
    /** Requested action is not known by the receiver. */
    NOT_IMPLEMENTED("NotImplemented"),
    /** Requested action is recognized but not supported by the receiver. */
    NOT_SUPPORTED("NotSupported"),
    /** An internal error occurred and the receiver could not process the action. */
    INTERNAL_ERROR("InternalError"),
    /** Payload for the action is incomplete. */
    PROTOCOL_ERROR("ProtocolError"),
    /** A security issue kept the receiver from completing the action. */
    SECURITY_ERROR("SecurityError"),
    /** Payload is syntactically incorrect or does not conform to the PDU structure of the action. */
    FORMATION_VIOLATION("FormationViolation"),
    /** Payload is syntactically correct but a field contains an invalid value. */
    PROPERTY_CONSTRAINT_VIOLATION("PropertyConstraintViolation"),
    /** Payload is syntactically correct but a field violates occurrence constraints. */
    OCCURENCE_CONSTRAINT_VIOLATION("OccurenceConstraintViolation"),
    /** Payload is syntactically correct but a field violates data type constraints. */
    TYPE_CONSTRAINT_VIOLATION("TypeConstraintViolation"),
    /** Any other error. */
    GENERIC_ERROR("GenericError");

    private static final NameTable<ErrorCode> BY_WIRE;

    static {
        Map<String, ErrorCode> names = new LinkedHashMap<>();
        for (ErrorCode code : values()) {
            names.put(code.wire, code);
        }
        // OCPP 2.0.1 spellings and codes seen from backends that mix the versions.
        names.put("FormatViolation", FORMATION_VIOLATION);
        names.put("OccurrenceConstraintViolation", OCCURENCE_CONSTRAINT_VIOLATION);
        names.put("MessageTypeNotSupported", NOT_SUPPORTED);
        names.put("RpcFrameworkError", PROTOCOL_ERROR);
        BY_WIRE = new NameTable<>(names);
    }

    private final String wire;

    ErrorCode(String wire) {
        this.wire = wire;
    }

    /** The code as OCPP-J 1.6 writes it. */
    public String wire() {
        return wire;
    }

    /** Reads a code as a backend may send it; never {@code null}: unknown codes are {@link #GENERIC_ERROR}. */
    public static ErrorCode fromWire(String wire) {
        ErrorCode code = BY_WIRE.get(wire);
        return code == null ? GENERIC_ERROR : code;
    }
}
