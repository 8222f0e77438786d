package io.reactiveocpp.app.ocpplog;

import java.util.Objects;
import java.util.Set;

/**
 * One OCPP-J frame in the {@link OcppLog}, as the local HTTP interface shows it.
 *
 * @param time      when the link carried it (ISO-8601, UTC)
 * @param direction {@code in} (from the backend) or {@code out}
 * @param type      {@code CALL}, {@code CALLRESULT} or {@code CALLERROR}; {@code null} for a frame that is not OCPP-J
 * @param uniqueId  the message's unique id, {@code null} when not OCPP-J
 * @param action    the CALL's action; for an answer the action of the CALL it answers when that CALL is still known,
 *                  else {@code null}
 * @param text      the frame with secrets masked (never the original of a masked value), at most
 *                  {@link OcppLog#MAX_TEXT} characters
 * @param seq       its number in the log, from 1 in the order kept (0: not kept yet); a stream resumes after one
 */
public record OcppFrame(String time, String direction, String type, String uniqueId, String action, String text,
                        long seq) {

    private static final Set<String> TYPES = Set.of("CALL", "CALLRESULT", "CALLERROR");

    public OcppFrame {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(text, "text");
        if (!"in".equals(direction) && !"out".equals(direction)) {
            throw new IllegalArgumentException("direction must be in or out, got " + direction);
        }
        if (type != null && !TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be CALL, CALLRESULT or CALLERROR, got " + type);
        }
    }

    /** A frame not kept yet (number 0). */
    public OcppFrame(String time, String direction, String type, String uniqueId, String action, String text) {
        this(time, direction, type, uniqueId, action, text, 0);
    }

    /** This frame as kept under number {@code seq}. */
    OcppFrame numbered(long seq) {
        return new OcppFrame(time, direction, type, uniqueId, action, text, seq);
    }
}
