package io.reactiveocpp.engine.tariff;

import io.reactiveocpp.codec.json.Json;
import io.reactiveocpp.codec.json.Timestamps;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.engine.transaction.ActiveTransaction;

import java.time.Instant;

/**
 * The data of a {@code TotalUsage} DataTransfer: what one ended transaction used, written as
 * <pre>{@code {"connectorId":1,"transactionId":4711,"idTag":"TAG-1","meterStart":1000,"meterStop":2500,
 *  "energyWh":1500,"started":"2026-11-25T12:00:00.000Z","stopped":"2026-11-25T12:30:00.000Z",
 *  "tariff":"0.39 EUR/kWh"}}</pre>
 * Every property is always present; {@code transactionId} and {@code tariff} are {@code null} when unknown.
 *
 * @param connectorId   where the transaction ran
 * @param transactionId the backend's transactionId, or {@code null} when StartTransaction was not answered yet
 * @param idTag         who started the transaction
 * @param meterStart    the energy register at the start, Wh
 * @param meterStop     the energy register at the stop, Wh (as in the StopTransaction)
 * @param started       when the transaction started
 * @param stopped       when it stopped (as in the StopTransaction)
 * @param tariff        the last tariff text the backend set for the connector, or {@code null}
 */
public record TotalUsage(int connectorId, Integer transactionId, String idTag, long meterStart, long meterStop,
                         Instant started, Instant stopped, String tariff) {

    /** The usage of a transaction from what the engine persisted of it and its StopTransaction. */
    public static TotalUsage of(ActiveTransaction tx, StopTransactionRequest stop, String tariff) {
        return new TotalUsage(tx.connectorId(), tx.transactionId(), tx.idTag(), tx.meterStartWh(), stop.meterStop(),
                tx.startedAt(), stop.timestamp(), tariff);
    }

    /** The energy delivered, Wh: {@code meterStop - meterStart}. */
    public long energyWh() {
        return meterStop - meterStart;
    }

    /** The JSON object text, properties in the documented order, timestamps in UTC with milliseconds. */
    public String json() {
        return Json.write((g, u) -> {
            g.writeStartObject();
            g.writeNumberField("connectorId", u.connectorId);
            g.writeFieldName("transactionId");
            if (u.transactionId == null) {
                g.writeNull();
            } else {
                g.writeNumber(u.transactionId.intValue());
            }
            g.writeStringField("idTag", u.idTag);
            g.writeNumberField("meterStart", u.meterStart);
            g.writeNumberField("meterStop", u.meterStop);
            g.writeNumberField("energyWh", u.energyWh());
            g.writeStringField("started", Timestamps.format(u.started));
            g.writeStringField("stopped", Timestamps.format(u.stopped));
            g.writeStringField("tariff", u.tariff); // writes null for null
            g.writeEndObject();
        }, this);
    }
}
