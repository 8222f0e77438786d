package io.reactiveocpp.codec.pnc;

/**
 * An OCPP 2.0.1 request carried in a DataTransfer under the Plug &amp; Charge whitepaper.
 *
 * @param <R> the response that answers it
 */
public interface PncRequest<R extends PncResponse> {

    /** The Plug &amp; Charge action of this request. */
    PncAction pncAction();
}
