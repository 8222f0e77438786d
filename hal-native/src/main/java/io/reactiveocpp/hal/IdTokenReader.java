package io.reactiveocpp.hal;

import reactor.core.publisher.Flux;

/** An RFID / ID-token reader. */
public interface IdTokenReader {

    /** Each presentation of a token; a failing reader raises {@link FaultCode#READER_FAILURE}. */
    Flux<IdTokenPresented> presented();

    /**
     * A token presented to the reader.
     *
     * @param idTag       the token's id as OCPP uses it (for RFID, the UID in upper-case hex), at most 20 characters
     * @param connectorId the connector it was presented for, or {@code null} when the reader serves all
     */
    record IdTokenPresented(String idTag, Integer connectorId) {
        public IdTokenPresented {
            if (idTag == null || idTag.isEmpty() || idTag.length() > 20) {
                throw new IllegalArgumentException("idTag must be 1 to 20 characters");
            }
        }
    }
}
