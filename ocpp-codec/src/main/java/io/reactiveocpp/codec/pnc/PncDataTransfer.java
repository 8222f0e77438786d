package io.reactiveocpp.codec.pnc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.codec.json.Json;
import io.reactiveocpp.codec.json.ObjectCodec;
import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.type.DataTransferStatus;
import io.reactiveocpp.codec.validate.Violation;

import java.io.IOException;

/**
 * Carries ISO 15118 Plug &amp; Charge messages in OCPP 1.6 DataTransfer, as "Using ISO 15118 Plug &amp; Charge
 * with OCPP 1.6" (v1.0, 2020-09-16, section 4) defines: {@code vendorId} is
 * {@value #VENDOR_ID}, {@code messageId} the OCPP 2.0.1 action name, and {@code data} the 2.0.1 payload
 * serialized as a JSON string.
 */
public final class PncDataTransfer {

    /** The vendorId of every Plug &amp; Charge DataTransfer. */
    public static final String VENDOR_ID = "org.openchargealliance.iso15118pnc";

    private PncDataTransfer() {
    }

    /** The DataTransfer request that carries {@code request}. */
    public static DataTransferRequest wrap(PncRequest<?> request) {
        PncAction action = request.pncAction();
        return new DataTransferRequest(VENDOR_ID, action.wireName(), Json.write(action.requestCodec(), request));
    }

    /** The Accepted DataTransfer confirmation that carries {@code response}. */
    public static DataTransferConfirmation wrap(PncResponse response) {
        return new DataTransferConfirmation(DataTransferStatus.ACCEPTED,
                Json.write(response.pncAction().responseCodec(), response));
    }

    /** Whether this DataTransfer belongs to Plug &amp; Charge. */
    public static boolean isPnc(DataTransferRequest request) {
        return VENDOR_ID.equals(request.vendorId());
    }

    /** The typed 2.0.1 request inside a Plug &amp; Charge DataTransfer. */
    public static PncResult<PncRequest<?>> unwrap(DataTransferRequest request) {
        if (!isPnc(request)) {
            return new PncResult.Invalid<>(ErrorCode.NOT_SUPPORTED,
                    "vendorId: " + Json.quote(request.vendorId()) + " is not " + VENDOR_ID);
        }
        PncAction action = PncAction.byName(request.messageId());
        if (action == null) {
            return new PncResult.Invalid<>(ErrorCode.NOT_IMPLEMENTED,
                    "messageId: unknown Plug & Charge message " + Json.quote(String.valueOf(request.messageId())));
        }
        return read(action.wireName() + "Request", action.requestCodec(), request.data());
    }

    /**
     * The typed 2.0.1 response inside the DataTransfer confirmation that answers a request of
     * {@code action}. A confirmation whose status is not Accepted carries no response.
     */
    public static PncResult<PncResponse> unwrap(DataTransferConfirmation confirmation, PncAction action) {
        if (confirmation.status() != DataTransferStatus.ACCEPTED) {
            return new PncResult.Invalid<>(ErrorCode.GENERIC_ERROR,
                    "status: the DataTransfer was answered " + confirmation.status().literal());
        }
        return read(action.wireName() + "Response", action.responseCodec(), confirmation.data());
    }

    private static <T> PncResult<T> read(String name, ObjectCodec<T> codec, String data) {
        if (data == null) {
            return new PncResult.Invalid<>(ErrorCode.OCCURENCE_CONSTRAINT_VIOLATION,
                    "data: a " + name + " is required");
        }
        try (JsonParser parser = Json.FACTORY.createParser(data)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new PncResult.Invalid<>(ErrorCode.FORMATION_VIOLATION,
                        "data: a " + name + " must be a JSON object, got " + Json.describe(parser));
            }
            T value = codec.read(parser);
            if (parser.nextToken() != null) {
                return new PncResult.Invalid<>(ErrorCode.FORMATION_VIOLATION, "data: content after the " + name);
            }
            return new PncResult.Valid<>(value);
        } catch (Violation v) {
            return new PncResult.Invalid<>(v.code(), "data: " + name + ": " + v.getMessage());
        } catch (IOException e) {
            return new PncResult.Invalid<>(ErrorCode.FORMATION_VIOLATION, "data: not JSON: " + e.getMessage());
        }
    }
}
