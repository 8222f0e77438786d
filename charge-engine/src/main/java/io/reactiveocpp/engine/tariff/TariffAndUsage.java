package io.reactiveocpp.engine.tariff;

import io.reactiveocpp.codec.json.Json;
import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.transaction.ActiveTransaction;
import io.reactiveocpp.hal.Hmi;
import io.reactiveocpp.session.OcppClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * Tariff and total usage over DataTransfer, switched by the vendor key {@code TariffAndTotalUsageDataTransfer}
 * (default false). No standard defines it; this is the charge point's own design. Both directions use
 * vendorId {@value #VENDOR_ID}, and {@code data} is always the text of a JSON object.
 *
 * <h2>Backend → charge point: {@value #SET_TARIFF}</h2>
 * {@code data} is {@code {"connectorId":N,"tariff":"text","idTag":"optional"}} ({@link SetTariff}):
 * connectorId 0 sets the tariff of every connector; the text, at most 100 characters, is handed to the HMI
 * ({@link Hmi#tariff}) and remembered for the connector's next TotalUsage; idTag, when given, is checked
 * (at most 20 characters) and only logged. The answer is
 * <ul>
 *   <li>Accepted, without data, when the key is true and the data is valid;</li>
 *   <li>Rejected while the key is false;</li>
 *   <li>Rejected for bad data: not JSON, not an object, a missing, ill-typed or unknown property, a text
 *       too long, a connector this charge point does not have. The confirmation's data is then
 *       {@code {"reason":"tariff: longer than 100 characters (101)"}}: the reason starts with the
 *       offending field;</li>
 *   <li>UnknownMessageId for any other messageId of this vendor, whatever the key.</li>
 * </ul>
 *
 * <h2>Charge point → backend: {@value #TOTAL_USAGE}</h2>
 * When a transaction ends while the key is true, once its StopTransaction is stored in the queue (also one
 * closed after a restart), a DataTransfer with the transaction's {@link TotalUsage} follows:
 * {@code {"connectorId","transactionId","idTag","meterStart","meterStop","energyWh","started","stopped",
 * "tariff"}}, transactionId {@code null} when the StartTransaction was not answered yet, tariff
 * {@code null} when none was set. It is an ordinary CALL, not a durable transaction message: sent after
 * the StopTransaction, lost when the backend is unreachable (logged at debug).
 *
 * <p>Tariffs are held in memory only: after a restart a connector has none until the backend sets one.
 * Confined to the engine's scheduler (the DataTransfer handler hops onto it).
 */
public final class TariffAndUsage implements Function<DataTransferRequest, Mono<DataTransferConfirmation>> {

    /** The vendorId of both messages. */
    public static final String VENDOR_ID = "io.reactiveocpp";
    /** The messageId of the backend's tariff. */
    public static final String SET_TARIFF = "SetTariff";
    /** The messageId of the charge point's usage report. */
    public static final String TOTAL_USAGE = "TotalUsage";
    /** The configuration key that switches both messages. */
    public static final String KEY = "TariffAndTotalUsageDataTransfer";

    private static final Logger LOG = LoggerFactory.getLogger(TariffAndUsage.class);

    private final OcppClient client;
    private final Configuration config;
    private final Hmi hmi;
    private final String[] tariffs;

    public TariffAndUsage(OcppClient client, Configuration config, Hmi hmi, int connectorCount) {
        this.client = client;
        this.config = config;
        this.hmi = hmi;
        this.tariffs = new String[connectorCount + 1];
    }

    /** Answers a DataTransfer of {@value #VENDOR_ID} (the {@code DataTransferHandler} dispatches it here). */
    @Override
    public Mono<DataTransferConfirmation> apply(DataTransferRequest request) {
        if (!SET_TARIFF.equals(request.messageId())) {
            return answer(DataTransferStatus.UNKNOWN_MESSAGE_ID, null);
        }
        if (!config.bool(KEY)) {
            return rejected(KEY + " is false");
        }
        SetTariff.Parsed parsed = SetTariff.parse(request.data());
        if (parsed instanceof SetTariff.Parsed.Invalid invalid) {
            return rejected(invalid.reason());
        }
        SetTariff set = ((SetTariff.Parsed.Valid) parsed).request();
        int connectors = tariffs.length - 1;
        if (set.connectorId() > connectors) {
            return rejected("connectorId: no connector " + set.connectorId() + ", this charge point has " + connectors);
        }
        for (int id = 1; id <= connectors; id++) {
            if (set.connectorId() == 0 || set.connectorId() == id) {
                tariffs[id] = set.tariff();
            }
        }
        LOG.debug("tariff of connector {} (0: all){}: {}", set.connectorId(),
                set.idTag() == null ? "" : " for " + set.idTag(), set.tariff());
        hmi.tariff(set.connectorId(), set.tariff());
        return answer(DataTransferStatus.ACCEPTED, null);
    }

    /** A transaction's StopTransaction is stored: its TotalUsage follows when the key is true. */
    public void stopQueued(ActiveTransaction tx, StopTransactionRequest stop) {
        if (!config.bool(KEY)) {
            return;
        }
        String tariff = tx.connectorId() < tariffs.length ? tariffs[tx.connectorId()] : null;
        client.call(new DataTransferRequest(VENDOR_ID, TOTAL_USAGE, TotalUsage.of(tx, stop, tariff).json()))
                .subscribe(answer -> {
                    if (answer.status() != DataTransferStatus.ACCEPTED) {
                        LOG.debug("TotalUsage of txRef {} answered {}", tx.txRef(), answer.status().literal());
                    }
                }, e -> LOG.debug("TotalUsage of txRef {} not delivered: {}", tx.txRef(), e.getMessage()));
    }

    private static Mono<DataTransferConfirmation> rejected(String reason) {
        return answer(DataTransferStatus.REJECTED, Json.write((g, text) -> {
            g.writeStartObject();
            g.writeStringField("reason", text);
            g.writeEndObject();
        }, reason));
    }

    private static Mono<DataTransferConfirmation> answer(DataTransferStatus status, String data) {
        return Mono.just(new DataTransferConfirmation(status, data));
    }
}
