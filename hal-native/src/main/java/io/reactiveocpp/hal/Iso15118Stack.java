package io.reactiveocpp.hal;

import reactor.core.publisher.Flux;

import java.util.List;
import java.util.Set;

/**
 * The charge point's ISO 15118 stack (the SECC side of the EV communication), as far as OCPP needs it for
 * Plug &amp; Charge ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6", v1.0). The stack itself is out of scope:
 * this interface is where it hands over, per connector, what the EV asks of the backend, and receives the
 * backend's answers. A station without one returns {@link #NONE} ({@link ChargingStation#iso15118()}'s default).
 *
 * <p>Threads: the fluxes may signal on any thread (the engine moves them onto its own scheduler); the answer
 * methods are called on the engine's scheduler and must not block. Every request the engine takes gets
 * exactly one answer on its connector, also when Plug &amp; Charge is disabled or the backend is unreachable.
 */
public interface Iso15118Stack {

    /** No ISO 15118 stack: nothing is ever requested, and answers are ignored. */
    Iso15118Stack NONE = new Iso15118Stack() {
        @Override
        public Flux<ContractAuthorization> authorizations() {
            return Flux.never();
        }

        @Override
        public Flux<EvCertificateRequest> certificateRequests() {
            return Flux.never();
        }

        @Override
        public void authorizationResult(int connectorId, AuthorizationResult result) {
        }

        @Override
        public void certificateResponse(int connectorId, EvCertificateResponse response) {
        }
    };

    /** The EV's contract authorization data after plug-in (ISO 15118-2 PaymentDetailsReq / AuthorizationReq). */
    Flux<ContractAuthorization> authorizations();

    /** The EV's contract certificate installation or update requests (CertificateInstallationReq / UpdateReq). */
    Flux<EvCertificateRequest> certificateRequests();

    /** The decision on an {@link #authorizations() authorization}: the stack answers the EV with it. */
    void authorizationResult(int connectorId, AuthorizationResult result);

    /** The backend's answer to a {@link #certificateRequests() certificate request}, for the EV. */
    void certificateResponse(int connectorId, EvCertificateResponse response);

    /**
     * What identifies the EV's contract: its eMAID (the contract certificate's subject CN, as the EV sends it
     * without separators) and the data for the backend to check the certificate, the OCSP request data of the
     * chain (leaf first, at most 4) and/or the chain itself.
     *
     * @param connectorId          the connector the EV is plugged into, from 1
     * @param emaid                the eMAID, 1 to 36 characters (the OCPP 2.0.1 idToken's length)
     * @param certificateChainPem  the contract certificate and its sub-CAs, PEM, leaf first, at most 5500
     *                             characters; or {@code null}
     * @param hashData             the OCSP request data of the chain, leaf first, at most 4; empty for none
     */
    record ContractAuthorization(int connectorId, String emaid, String certificateChainPem,
                                 List<CertificateHashData> hashData) {
        public ContractAuthorization {
            if (connectorId < 1) {
                throw new IllegalArgumentException("connectorId must be 1 or more, got " + connectorId);
            }
            if (emaid == null || emaid.isBlank() || emaid.length() > 36) {
                throw new IllegalArgumentException("emaid must be 1 to 36 characters");
            }
            if (certificateChainPem != null && certificateChainPem.length() > 5500) {
                throw new IllegalArgumentException("certificateChainPem must be at most 5500 characters");
            }
            hashData = hashData == null ? List.of() : List.copyOf(hashData);
            if (hashData.size() > 4) {
                throw new IllegalArgumentException("hashData must have at most 4 entries, got " + hashData.size());
            }
        }
    }

    /**
     * The OCSP request data of one certificate (OCPP 2.0.1 OCSPRequestDataType).
     *
     * @param hashAlgorithm  SHA256, SHA384 or SHA512
     * @param issuerNameHash hex hash of the issuer's DER distinguished name, at most 128 characters
     * @param issuerKeyHash  hex hash of the issuer's public key, at most 128 characters
     * @param serialNumber   hex serial number, at most 40 characters
     * @param responderUrl   the OCSP responder's URL, at most 512 characters
     */
    record CertificateHashData(String hashAlgorithm, String issuerNameHash, String issuerKeyHash, String serialNumber,
                               String responderUrl) {
        private static final Set<String> ALGORITHMS = Set.of("SHA256", "SHA384", "SHA512");

        public CertificateHashData {
            if (!ALGORITHMS.contains(hashAlgorithm)) {
                throw new IllegalArgumentException("hashAlgorithm must be SHA256, SHA384 or SHA512, got " + hashAlgorithm);
            }
            check("issuerNameHash", issuerNameHash, 128);
            check("issuerKeyHash", issuerKeyHash, 128);
            check("serialNumber", serialNumber, 40);
            check("responderUrl", responderUrl, 512);
        }

        private static void check(String field, String value, int max) {
            if (value == null || value.isEmpty() || value.length() > max) {
                throw new IllegalArgumentException(field + " must be 1 to " + max + " characters");
            }
        }
    }

    /**
     * The decision on a contract.
     *
     * @param accepted whether the EV may charge (a transaction starts)
     * @param status   why: the backend's OCPP 2.0.1 AuthorizationStatus ({@code Accepted}, {@code Invalid},
     *                 {@code Blocked}, …), or the charge point's own {@code Disabled} (ISO15118PnCEnabled is
     *                 false), {@code Offline} (no backend and no offline validation), {@code ConnectorBusy}
     */
    record AuthorizationResult(boolean accepted, String status) {
        public AuthorizationResult {
            if (status == null || status.isEmpty()) {
                throw new IllegalArgumentException("status is required");
            }
        }
    }

    /**
     * A request for the EV's contract certificate (OCPP 2.0.1 Get15118EVCertificate).
     *
     * @param connectorId    the connector, from 1
     * @param schemaVersion  the ISO 15118 schema version of the session (its namespace), at most 50 characters
     * @param update         {@code true} for an update of an installed certificate, {@code false} to install one
     * @param exiRequest     the EV's raw EXI request, Base64, at most 5600 characters
     */
    record EvCertificateRequest(int connectorId, String schemaVersion, boolean update, String exiRequest) {
        public EvCertificateRequest {
            if (connectorId < 1) {
                throw new IllegalArgumentException("connectorId must be 1 or more, got " + connectorId);
            }
            if (schemaVersion == null || schemaVersion.isEmpty() || schemaVersion.length() > 50) {
                throw new IllegalArgumentException("schemaVersion must be 1 to 50 characters");
            }
            if (exiRequest == null || exiRequest.isEmpty() || exiRequest.length() > 5600) {
                throw new IllegalArgumentException("exiRequest must be 1 to 5600 characters");
            }
        }
    }

    /**
     * The backend's answer to an {@link EvCertificateRequest}.
     *
     * @param accepted    whether the backend produced a response for the EV
     * @param exiResponse the raw EXI response for the EV, Base64; empty when there is none
     */
    record EvCertificateResponse(boolean accepted, String exiResponse) {
        public EvCertificateResponse {
            exiResponse = exiResponse == null ? "" : exiResponse;
        }
    }
}
