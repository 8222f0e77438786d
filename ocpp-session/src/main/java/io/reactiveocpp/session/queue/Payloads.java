package io.reactiveocpp.session.queue;

import com.fasterxml.jackson.core.JsonParser;
import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.Json;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.message.core.MeterValuesRequest;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Request payloads to and from the JSON text the store keeps, and the late binding of transactionId. */
final class Payloads {

    private Payloads() {
    }

    static String write(Request<?> request) {
        return Json.write(request.action().requestCodec(), request);
    }

    static Request<?> read(Action action, String payload) {
        try (JsonParser parser = Json.FACTORY.createParser(payload)) {
            parser.nextToken();
            return (Request<?>) action.requestCodec().read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("stored " + action.wireName() + " is not JSON", e);
        }
    }

    /** The request with the backend's transactionId in place; StartTransaction has none. */
    static Request<?> bind(Request<?> request, int transactionId) {
        if (request instanceof StopTransactionRequest) {
            StopTransactionRequest stop = (StopTransactionRequest) request;
            return stop.transactionId() == transactionId ? stop : new StopTransactionRequest(stop.idTag(),
                    stop.meterStop(), stop.timestamp(), transactionId, stop.reason(), stop.transactionData());
        }
        if (request instanceof MeterValuesRequest) {
            MeterValuesRequest values = (MeterValuesRequest) request;
            return Integer.valueOf(transactionId).equals(values.transactionId()) ? values
                    : new MeterValuesRequest(values.connectorId(), transactionId, values.meterValue());
        }
        return request;
    }
}
