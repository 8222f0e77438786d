package io.reactiveocpp.codec.message.security;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.LogParameters;
import io.reactiveocpp.codec.type.LogType;
import io.reactiveocpp.codec.validate.Check;

/**
 * {@code GetLog.req} (OCPP 1.6 Security Whitepaper edition 2), sent from central system to charge point.
 *
 * @param log required
 * @param logType required
 * @param requestId required
 * @param retries optional
 * @param retryInterval optional
 */
public record GetLogRequest(
        LogParameters log,
        LogType logType,
        int requestId,
        Integer retries,
        Integer retryInterval) implements Request<GetLogConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    public static final ObjectCodec<GetLogRequest> CODEC = ObjectCodec.<GetLogRequest>builder(
                    v -> new GetLogRequest(
                            (LogParameters) v[0],
                            (LogType) v[1],
                            (int) v[2],
                            (Integer) v[3],
                            (Integer) v[4]))
            .required("log", LogParameters.CODEC, GetLogRequest::log)
            .required("logType", LogType.CODEC, GetLogRequest::logType)
            .requiredInt("requestId", GetLogRequest::requestId)
            .optional("retries", ValueCodecs.INTEGER, GetLogRequest::retries)
            .optional("retryInterval", ValueCodecs.INTEGER, GetLogRequest::retryInterval)
            .build();

    public GetLogRequest {
        Check.required("log", log);
        Check.required("logType", logType);
    }

    @Override
    public Action action() {
        return Action.GET_LOG;
    }
}
