package io.reactiveocpp.codec.message.localauth;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.json.ListCodec;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.json.ValueCodecs;
import io.reactiveocpp.codec.message.Request;
import io.reactiveocpp.codec.type.AuthorizationData;
import io.reactiveocpp.codec.type.UpdateType;
import io.reactiveocpp.codec.validate.Check;

import java.util.List;

/**
 * {@code SendLocalList.req} (OCPP 1.6 edition 2, section 6.41), sent from central system to charge point.
 *
 * @param listVersion required
 * @param localAuthorizationList optional
 * @param updateType required
 */
public record SendLocalListRequest(
        int listVersion,
        List<AuthorizationData> localAuthorizationList,
        UpdateType updateType) implements Request<SendLocalListConfirmation> {

    /** Reads and writes this type as the schema defines it. */
    @SuppressWarnings("unchecked")
    public static final ObjectCodec<SendLocalListRequest> CODEC = ObjectCodec.<SendLocalListRequest>builder(
                    v -> new SendLocalListRequest(
                            (int) v[0],
                            (List<AuthorizationData>) v[1],
                            (UpdateType) v[2]))
            .requiredInt("listVersion", SendLocalListRequest::listVersion)
            .optional("localAuthorizationList", ListCodec.of(AuthorizationData.CODEC), SendLocalListRequest::localAuthorizationList)
            .required("updateType", UpdateType.CODEC, SendLocalListRequest::updateType)
            .build();

    public SendLocalListRequest {
        localAuthorizationList = Check.list("localAuthorizationList", localAuthorizationList, 0);
        Check.required("updateType", updateType);
    }

    @Override
    public Action action() {
        return Action.SEND_LOCAL_LIST;
    }
}
