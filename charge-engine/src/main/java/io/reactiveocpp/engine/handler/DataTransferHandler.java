package io.reactiveocpp.engine.handler;

import io.reactiveocpp.codec.message.core.DataTransferConfirmation;
import io.reactiveocpp.codec.message.core.DataTransferRequest;
import io.reactiveocpp.codec.type.DataTransferStatus;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * DataTransfer from the backend (OCPP 1.6 section 5.6): dispatched to the handler registered for its
 * vendorId (Plug &amp; Charge registers {@code org.openchargealliance.iso15118pnc}); UnknownVendorId
 * otherwise. A vendor handler answers UnknownMessageId for messages it does not know.
 */
public final class DataTransferHandler implements Function<DataTransferRequest, Mono<DataTransferConfirmation>> {

    private final Map<String, Function<DataTransferRequest, Mono<DataTransferConfirmation>>> vendors =
            new ConcurrentHashMap<>(2); // a vendor or two: a small table

    /** Registers the handler of a vendorId. */
    public void register(String vendorId, Function<DataTransferRequest, Mono<DataTransferConfirmation>> handler) {
        vendors.put(vendorId, handler);
    }

    @Override
    public Mono<DataTransferConfirmation> apply(DataTransferRequest request) {
        var vendor = vendors.get(request.vendorId());
        return vendor == null ? Mono.just(new DataTransferConfirmation(DataTransferStatus.UNKNOWN_VENDOR_ID, null))
                : vendor.apply(request);
    }
}
