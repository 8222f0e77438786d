package io.reactiveocpp.engine.testing;

import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.pnc.PncAction;
import io.reactiveocpp.codec.pnc.PncDataTransfer;
import io.reactiveocpp.codec.pnc.PncRequest;
import io.reactiveocpp.codec.pnc.PncResponse;
import io.reactiveocpp.codec.pnc.PncResult;
import io.reactiveocpp.codec.testing.OcppSchemas;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backend's side of Plug &amp; Charge DataTransfers in tests: every inner payload is checked against the OCPP
 * 2.0.1 schema of its action ({@code ocpp2_0_1-pnc.json}) before it is read.
 */
public final class PncMessages {

    private PncMessages() {
    }

    /** The backend sends {@code request} through {@code client}; the charge point's typed answer. */
    @SuppressWarnings("unchecked")
    public static <R extends PncResponse> R send(RecordingClient client, PncRequest<R> request) {
        DataTransferRequest call = PncDataTransfer.wrap(request);
        valid(request.pncAction().wireName() + ".req", call.data());
        return (R) read(client.receive(call), request.pncAction());
    }

    /** The typed response in {@code confirmation}, once its data is schema-valid. */
    public static PncResponse read(DataTransferConfirmation confirmation, PncAction action) {
        valid(action.wireName() + ".conf", confirmation.data());
        PncResult<PncResponse> read = PncDataTransfer.unwrap(confirmation, action);
        assertThat(read).isInstanceOf(PncResult.Valid.class);
        return ((PncResult.Valid<PncResponse>) read).value();
    }

    /** The typed request the charge point sent in {@code call}, once its data is schema-valid. */
    public static PncRequest<?> read(DataTransferRequest call) {
        assertThat(call.vendorId()).isEqualTo(PncDataTransfer.VENDOR_ID);
        valid(call.messageId() + ".req", call.data());
        PncResult<PncRequest<?>> read = PncDataTransfer.unwrap(call);
        assertThat(read).isInstanceOf(PncResult.Valid.class);
        return ((PncResult.Valid<PncRequest<?>>) read).value();
    }

    /** {@code json} is valid against the 2.0.1 schema {@code id}, e.g. {@code SignCertificate.req}. */
    public static void valid(String id, String json) {
        assertThat(json).as(id).isNotNull();
        List<String> errors = OcppSchemas.pnc().validate(id, json);
        assertThat(errors).as(id + " " + json).isEmpty();
    }
}
