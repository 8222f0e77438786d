package io.reactiveocpp.engine.transaction;

import java.time.Instant;

/**
 * A transaction that runs on a connector, as it is persisted so that it can be closed after a power loss.
 *
 * @param connectorId   where it runs
 * @param txRef         the charge point's reference; the queue binds it to the backend's transactionId
 * @param idTag         who started it
 * @param parentIdTag   the idTag's parent from the authorization, or {@code null}
 * @param meterStartWh  the energy register at the start
 * @param startedAt     when it started
 * @param transactionId the backend's id once StartTransaction is answered, else {@code null}
 * @param lastMeterWh   the last energy register persisted (for a PowerLoss stop)
 * @param lastSeen      when that was
 * @param reservationId the reservation it consumed, or {@code null}
 */
public record ActiveTransaction(int connectorId, long txRef, String idTag, String parentIdTag, long meterStartWh,
                                Instant startedAt, Integer transactionId, long lastMeterWh, Instant lastSeen,
                                Integer reservationId) {

    /** The backend's transactionId, or 0 until it is known (the session's queue binds it at dispatch). */
    public int boundId() {
        return transactionId == null ? 0 : transactionId;
    }

    public ActiveTransaction withTransactionId(int id) {
        return new ActiveTransaction(connectorId, txRef, idTag, parentIdTag, meterStartWh, startedAt, id, lastMeterWh,
                lastSeen, reservationId);
    }

    public ActiveTransaction withLastMeter(long wh, Instant at) {
        return new ActiveTransaction(connectorId, txRef, idTag, parentIdTag, meterStartWh, startedAt, transactionId, wh,
                at, reservationId);
    }

    /** A compact text form for the engine store; {@link #parse} reads it back. */
    String format() {
        return String.join("\u001f", Integer.toString(connectorId), Long.toString(txRef), idTag,
                parentIdTag == null ? "" : parentIdTag, Long.toString(meterStartWh), startedAt.toString(),
                transactionId == null ? "" : transactionId.toString(), Long.toString(lastMeterWh), lastSeen.toString(),
                reservationId == null ? "" : reservationId.toString());
    }

    static ActiveTransaction parse(String text) {
        String[] f = text.split("\u001f", -1);
        return new ActiveTransaction(Integer.parseInt(f[0]), Long.parseLong(f[1]), f[2], f[3].isEmpty() ? null : f[3],
                Long.parseLong(f[4]), Instant.parse(f[5]), f[6].isEmpty() ? null : Integer.valueOf(f[6]),
                Long.parseLong(f[7]), Instant.parse(f[8]), f[9].isEmpty() ? null : Integer.valueOf(f[9]));
    }
}
