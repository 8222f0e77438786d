package io.reactiveocpp.codec.message.firmware;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.validate.Check;

import java.time.Instant;

/**
 * {@code GetDiagnostics.req} (OCPP 1.6 edition 2, section 6.25), sent from central system to charge point.
 *
 * @param location required
 * @param retries optional
 * @param retryInterval optional
 * @param startTime optional, UTC on the wire
 * @param stopTime optional, UTC on the wire
 */
public record GetDiagnosticsRequest(
        String location,
        Integer retries,
        Integer retryInterval,
        Instant startTime,
        Instant stopTime) implements Request<GetDiagnosticsConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<GetDiagnosticsRequest> CODEC = ObjectCodec.<GetDiagnosticsRequest>builder(
                    v -> new GetDiagnosticsRequest(
                            (String) v[0],
                            (Integer) v[1],
                            (Integer) v[2],
                            (Instant) v[3],
                            (Instant) v[4]))
            .required("location", ValueCodecs.STRING, GetDiagnosticsRequest::location)
            .optional("retries", ValueCodecs.INTEGER, GetDiagnosticsRequest::retries)
            .optional("retryInterval", ValueCodecs.INTEGER, GetDiagnosticsRequest::retryInterval)
            .optional("startTime", ValueCodecs.DATE_TIME, GetDiagnosticsRequest::startTime)
            .optional("stopTime", ValueCodecs.DATE_TIME, GetDiagnosticsRequest::stopTime)
            .build();

    public GetDiagnosticsRequest {
        Check.required("location", location);
    }

    @Override
    public Action action() {
        return Action.GET_DIAGNOSTICS;
    }
}
