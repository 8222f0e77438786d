package io.reactiveocpp.codec.pnc;

/** An OCPP 2.0.1 response carried in a DataTransfer confirmation under the Plug &amp; Charge whitepaper. */
public interface PncResponse {

    /** The Plug &amp; Charge action whose request this answers. */
    PncAction pncAction();
}
