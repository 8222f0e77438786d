package io.reactiveocpp.codec.message.core;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.MeterValue;
import io.reactiveocpp.codec.validate.Check;

import java.util.List;

/**
 * {@code MeterValues.req} (OCPP 1.6 edition 2, section 6.31), sent from charge point to central system.
 *
 * @param connectorId required
 * @param transactionId optional
 * @param meterValue required
 */
public record MeterValuesRequest(
        int connectorId,
        Integer transactionId,
        List<MeterValue> meterValue) implements Request<MeterValuesConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<MeterValuesRequest> CODEC = ObjectCodec.<MeterValuesRequest>builder(
                    v -> new MeterValuesRequest((int) v[0], (Integer) v[1], (List<MeterValue>) v[2]))
            .requiredInt("connectorId", MeterValuesRequest::connectorId)
            .optional("transactionId", ValueCodecs.INTEGER, MeterValuesRequest::transactionId)
            .required("meterValue", ListCodec.of(MeterValue.CODEC), MeterValuesRequest::meterValue)
            .build();

    public MeterValuesRequest {
        meterValue = Check.requiredList("meterValue", meterValue, 0);
    }

    @Override
    public Action action() {
        return Action.METER_VALUES;
    }
}
