package io.reactiveocpp.engine.pnc;

import io.reactiveocpp.codec.pnc.PncCertificateActionEnum;
import io.reactiveocpp.codec.pnc.PncGet15118EVCertificateRequest;
import io.reactiveocpp.codec.pnc.PncIso15118EVCertificateStatusEnum;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.hal.Iso15118Stack;
import io.reactiveocpp.hal.Iso15118Stack.EvCertificateRequest;
import io.reactiveocpp.hal.Iso15118Stack.EvCertificateResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Get15118EVCertificate ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6" v1.0, section 6.4): the EV's
 * contract certificate installation or update request goes to the backend as it is, and the backend's EXI
 * response back to the stack. Every request gets one answer: not accepted (with no EXI) when
 * {@code ISO15118PnCEnabled} is false, when there is no answer, or when the answer is malformed (logged with the
 * field). Confined to the engine's scheduler.
 */
final class EvCertificates {

    private static final Logger LOG = LoggerFactory.getLogger(EvCertificates.class);

    private final PncCalls calls;
    private final Iso15118Stack stack;
    private final Configuration config;

    EvCertificates(PncCalls calls, Iso15118Stack stack, Configuration config) {
        this.calls = calls;
        this.stack = stack;
        this.config = config;
    }

    void request(EvCertificateRequest request) {
        int connectorId = request.connectorId();
        if (!config.bool("ISO15118PnCEnabled")) {
            LOG.info("the EV on connector {} asks for a contract certificate, but ISO15118PnCEnabled is false",
                    connectorId);
            stack.certificateResponse(connectorId, new EvCertificateResponse(false, ""));
            return;
        }
        calls.call(new PncGet15118EVCertificateRequest(null, request.schemaVersion(),
                        request.update() ? PncCertificateActionEnum.UPDATE : PncCertificateActionEnum.INSTALL,
                        request.exiRequest()))
                .subscribe(answer -> stack.certificateResponse(connectorId, new EvCertificateResponse(
                                answer.status() == PncIso15118EVCertificateStatusEnum.ACCEPTED, answer.exiResponse())),
                        error -> {
                            LOG.warn("Get15118EVCertificate for connector {} failed: {}", connectorId, error.getMessage());
                            stack.certificateResponse(connectorId, new EvCertificateResponse(false, ""));
                        });
    }
}
