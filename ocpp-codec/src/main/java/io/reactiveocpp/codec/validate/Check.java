package io.reactiveocpp.codec.validate;

import io.reactiveocpp.codec.frame.ErrorCode;

import java.math.BigDecimal;
import java.util.List;

/**
 * The constraint checks the compact constructors of the message records run, each throwing a
 * {@link Violation} that names the field. They are the single place the schema's constraints live:
 * the decoder relies on them, and so does any code that builds a message.
 */
public final class Check {

    private Check() {
    }

    /** A required property: not {@code null}. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw Violation.missing(field);
        }
        return value;
    }

    /** An optional string of at most {@code maxLength} characters (CiStringN, or a schema maxLength). */
    public static String maxLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength && value.codePointCount(0, value.length()) > maxLength) {
            throw Violation.value(field, "longer than " + maxLength + " characters ("
                    + value.codePointCount(0, value.length()) + ")");
        }
        return value;
    }

    /** A required string of at most {@code maxLength} characters. */
    public static String requiredMaxLength(String field, String value, int maxLength) {
        return maxLength(field, required(field, value), maxLength);
    }

    /** An optional decimal that is a multiple of 0.1, as charging rates and limits are. */
    public static BigDecimal multipleOfTenth(String field, BigDecimal value) {
        if (value != null && value.scale() > 1 && value.stripTrailingZeros().scale() > 1) {
            throw Violation.value(field, "must be a multiple of 0.1, got " + value.toPlainString());
        }
        return value;
    }

    /** An optional list: copied to an immutable list; no {@code null} elements; at least {@code minItems}. */
    public static <T> List<T> list(String field, List<T> value, int minItems) {
        return list(field, value, minItems, Integer.MAX_VALUE);
    }

    /** An optional list of {@code minItems} to {@code maxItems} elements, none {@code null}; copied, immutable. */
    public static <T> List<T> list(String field, List<T> value, int minItems, int maxItems) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw Violation.value(field + "[" + i + "]", "must not be null");
            }
        }
        if (value.size() < minItems) {
            throw new Violation(ErrorCode.OCCURENCE_CONSTRAINT_VIOLATION, field,
                    "needs at least " + minItems + " item(s), got " + value.size());
        }
        if (value.size() > maxItems) {
            throw new Violation(ErrorCode.OCCURENCE_CONSTRAINT_VIOLATION, field,
                    "allows at most " + maxItems + " item(s), got " + value.size());
        }
        return List.copyOf(value);
    }

    /** A required list: see {@link #list(String, List, int, int)}. */
    public static <T> List<T> requiredList(String field, List<T> value, int minItems) {
        return list(field, required(field, value), minItems, Integer.MAX_VALUE);
    }

    /** A required list: see {@link #list(String, List, int, int)}. */
    public static <T> List<T> requiredList(String field, List<T> value, int minItems, int maxItems) {
        return list(field, required(field, value), minItems, maxItems);
    }
}
